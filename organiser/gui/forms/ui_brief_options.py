# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'brief_options.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BriefOptions(object):
    def setupUi(self, BriefOptions):
        if not BriefOptions.objectName():
            BriefOptions.setObjectName(u"BriefOptions")
        BriefOptions.resize(320, 220)
        self.mainLayout = QVBoxLayout(BriefOptions)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.personLabel = QLabel(BriefOptions)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(BriefOptions)
        self.personCombo.setObjectName(u"personCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.paperLabel = QLabel(BriefOptions)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(BriefOptions)
        self.paperCombo.setObjectName(u"paperCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.mainLayout.addLayout(self.form)

        self.privacyNote = QLabel(BriefOptions)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyNote)

        self.splitButton = QPushButton(BriefOptions)
        self.splitButton.setObjectName(u"splitButton")

        self.mainLayout.addWidget(self.splitButton)

        self.status = QLabel(BriefOptions)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.mainLayout.addWidget(self.status)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BriefOptions)

        QMetaObject.connectSlotsByName(BriefOptions)
    # setupUi

    def retranslateUi(self, BriefOptions):
        self.personLabel.setText(QCoreApplication.translate("BriefOptions", u"&Briefs for:", None))
        self.paperLabel.setText(QCoreApplication.translate("BriefOptions", u"&Paper:", None))
        self.privacyNote.setText(QCoreApplication.translate("BriefOptions", u"Each brief holds the online passcode and that person's own travel, hotel and needs: send it to that person only.", None))
        self.splitButton.setText(QCoreApplication.translate("BriefOptions", u"Save &one PDF per person\u2026", None))
#if QT_CONFIG(tooltip)
        self.splitButton.setToolTip(QCoreApplication.translate("BriefOptions", u"A folder with one brief per person, named after them, ready to e-mail", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

