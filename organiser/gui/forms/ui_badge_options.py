# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'badge_options.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_BadgeOptions(object):
    def setupUi(self, BadgeOptions):
        if not BadgeOptions.objectName():
            BadgeOptions.setObjectName(u"BadgeOptions")
        BadgeOptions.resize(280, 620)
        self.outer = QVBoxLayout(BadgeOptions)
        self.outer.setObjectName(u"outer")
        self.whoLayout = QVBoxLayout()
        self.whoLayout.setObjectName(u"whoLayout")

        self.outer.addLayout(self.whoLayout)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.layoutSearchLabel = QLabel(BadgeOptions)
        self.layoutSearchLabel.setObjectName(u"layoutSearchLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.layoutSearchLabel)

        self.layoutSearch = QLineEdit(BadgeOptions)
        self.layoutSearch.setObjectName(u"layoutSearch")
        self.layoutSearch.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.layoutSearch)

        self.layoutLabel = QLabel(BadgeOptions)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutCombo = QComboBox(BadgeOptions)
        self.layoutCombo.setObjectName(u"layoutCombo")
        self.layoutCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.layoutCombo.setMinimumContentsLength(16)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.layoutCombo)

        self.layoutInfo = QLabel(BadgeOptions)
        self.layoutInfo.setObjectName(u"layoutInfo")
        self.layoutInfo.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.layoutInfo)

        self.layoutButtons = QHBoxLayout()
        self.layoutButtons.setObjectName(u"layoutButtons")
        self.importButton = QPushButton(BadgeOptions)
        self.importButton.setObjectName(u"importButton")

        self.layoutButtons.addWidget(self.importButton)

        self.calibrateButton = QPushButton(BadgeOptions)
        self.calibrateButton.setObjectName(u"calibrateButton")

        self.layoutButtons.addWidget(self.calibrateButton)


        self.form.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.layoutButtons)

        self.deskButton = QPushButton(BadgeOptions)
        self.deskButton.setObjectName(u"deskButton")

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.deskButton)

        self.deskFileCheck = QCheckBox(BadgeOptions)
        self.deskFileCheck.setObjectName(u"deskFileCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.deskFileCheck)

        self.startLabel = QLabel(BadgeOptions)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startSpin = QSpinBox(BadgeOptions)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startSpin)

        self.outlineCheck = QCheckBox(BadgeOptions)
        self.outlineCheck.setObjectName(u"outlineCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.outlineCheck)

        self.duplexCheck = QCheckBox(BadgeOptions)
        self.duplexCheck.setObjectName(u"duplexCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.duplexCheck)

        self.foldoverCheck = QCheckBox(BadgeOptions)
        self.foldoverCheck.setObjectName(u"foldoverCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.foldoverCheck)

        self.qrLabel = QLabel(BadgeOptions)
        self.qrLabel.setObjectName(u"qrLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.qrLabel)

        self.qrCombo = QComboBox(BadgeOptions)
        self.qrCombo.setObjectName(u"qrCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.qrCombo)

        self.vcardBox = QWidget(BadgeOptions)
        self.vcardBox.setObjectName(u"vcardBox")
        self.vcardFields = QHBoxLayout(self.vcardBox)
        self.vcardFields.setObjectName(u"vcardFields")
        self.vcardFields.setContentsMargins(12, 0, 0, 0)
        self.vcardEmail = QCheckBox(self.vcardBox)
        self.vcardEmail.setObjectName(u"vcardEmail")

        self.vcardFields.addWidget(self.vcardEmail)

        self.vcardPhone = QCheckBox(self.vcardBox)
        self.vcardPhone.setObjectName(u"vcardPhone")

        self.vcardFields.addWidget(self.vcardPhone)

        self.vcardOrganisation = QCheckBox(self.vcardBox)
        self.vcardOrganisation.setObjectName(u"vcardOrganisation")

        self.vcardFields.addWidget(self.vcardOrganisation)


        self.form.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.vcardBox)

        self.bandLabel = QLabel(BadgeOptions)
        self.bandLabel.setObjectName(u"bandLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.bandLabel)

        self.bandCombo = QComboBox(BadgeOptions)
        self.bandCombo.setObjectName(u"bandCombo")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.bandCombo)


        self.outer.addLayout(self.form)

#if QT_CONFIG(shortcut)
        self.layoutSearchLabel.setBuddy(self.layoutSearch)
        self.layoutLabel.setBuddy(self.layoutCombo)
        self.startLabel.setBuddy(self.startSpin)
        self.qrLabel.setBuddy(self.qrCombo)
        self.bandLabel.setBuddy(self.bandCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BadgeOptions)

        QMetaObject.connectSlotsByName(BadgeOptions)
    # setupUi

    def retranslateUi(self, BadgeOptions):
        self.layoutSearchLabel.setText(QCoreApplication.translate("BadgeOptions", u"Find layou&t", None))
        self.layoutSearch.setPlaceholderText(QCoreApplication.translate("BadgeOptions", u"Brand or part number, e.g. avery 5395", None))
        self.layoutLabel.setText(QCoreApplication.translate("BadgeOptions", u"La&yout", None))
#if QT_CONFIG(accessibility)
        self.layoutCombo.setAccessibleName(QCoreApplication.translate("BadgeOptions", u"layout", None))
#endif // QT_CONFIG(accessibility)
        self.layoutInfo.setText("")
        self.importButton.setText(QCoreApplication.translate("BadgeOptions", u"&Import gLabels templates\u2026", None))
        self.calibrateButton.setText(QCoreApplication.translate("BadgeOptions", u"&Calibrate\u2026", None))
        self.deskButton.setText(QCoreApplication.translate("BadgeOptions", u"Use this layout at the des&k", None))
#if QT_CONFIG(tooltip)
        self.deskButton.setToolTip(QCoreApplication.translate("BadgeOptions", u"People view, Print badge (Ctrl+P) prints one badge on this layout", None))
#endif // QT_CONFIG(tooltip)
        self.deskFileCheck.setText(QCoreApplication.translate("BadgeOptions", u"At the desk, save the badge as a PDF instead of printing it", None))
        self.startLabel.setText(QCoreApplication.translate("BadgeOptions", u"Start at &label", None))
        self.outlineCheck.setText(QCoreApplication.translate("BadgeOptions", u"&Outline each badge", None))
        self.duplexCheck.setText(QCoreApplication.translate("BadgeOptions", u"Double-sided (&back pages mirror the fronts)", None))
        self.foldoverCheck.setText(QCoreApplication.translate("BadgeOptions", u"Fold-over (n&ame on both halves)", None))
        self.qrLabel.setText(QCoreApplication.translate("BadgeOptions", u"&QR code", None))
        self.vcardEmail.setText(QCoreApplication.translate("BadgeOptions", u"E-&mail", None))
        self.vcardPhone.setText(QCoreApplication.translate("BadgeOptions", u"P&hone", None))
        self.vcardOrganisation.setText(QCoreApplication.translate("BadgeOptions", u"O&rganisation", None))
        self.bandLabel.setText(QCoreApplication.translate("BadgeOptions", u"Colo&ur band", None))
        pass
    # retranslateUi

