# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'runsheet_options.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_RunSheetOptions(object):
    def setupUi(self, RunSheetOptions):
        if not RunSheetOptions.objectName():
            RunSheetOptions.setObjectName(u"RunSheetOptions")
        RunSheetOptions.resize(320, 160)
        self.mainLayout = QVBoxLayout(RunSheetOptions)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.paperLabel = QLabel(RunSheetOptions)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(RunSheetOptions)
        self.paperCombo.setObjectName(u"paperCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.leadLabel = QLabel(RunSheetOptions)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadSpin = QSpinBox(RunSheetOptions)
        self.leadSpin.setObjectName(u"leadSpin")
        self.leadSpin.setMaximum(1440)
        self.leadSpin.setSingleStep(15)
        self.leadSpin.setValue(60)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadSpin)


        self.mainLayout.addLayout(self.form)

        self.privacyNote = QLabel(RunSheetOptions)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyNote)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paperCombo)
        self.leadLabel.setBuddy(self.leadSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RunSheetOptions)

        QMetaObject.connectSlotsByName(RunSheetOptions)
    # setupUi

    def retranslateUi(self, RunSheetOptions):
        self.paperLabel.setText(QCoreApplication.translate("RunSheetOptions", u"&Paper:", None))
        self.leadLabel.setText(QCoreApplication.translate("RunSheetOptions", u"Set-up d&ue before a session:", None))
        self.leadSpin.setSuffix(QCoreApplication.translate("RunSheetOptions", u" min", None))
        self.privacyNote.setText(QCoreApplication.translate("RunSheetOptions", u"For staff only: the run sheet lists phones, booking references and dietary and access needs.", None))
        pass
    # retranslateUi

