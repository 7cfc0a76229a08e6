# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin_options.ui'
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

class Ui_SigninOptions(object):
    def setupUi(self, SigninOptions):
        if not SigninOptions.objectName():
            SigninOptions.setObjectName(u"SigninOptions")
        SigninOptions.resize(320, 200)
        self.mainLayout = QVBoxLayout(SigninOptions)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dayLabel = QLabel(SigninOptions)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayCombo = QComboBox(SigninOptions)
        self.dayCombo.setObjectName(u"dayCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayCombo)

        self.localeLabel = QLabel(SigninOptions)
        self.localeLabel.setObjectName(u"localeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.localeLabel)

        self.localeCombo = QComboBox(SigninOptions)
        self.localeCombo.setObjectName(u"localeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.localeCombo)

        self.blankLabel = QLabel(SigninOptions)
        self.blankLabel.setObjectName(u"blankLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.blankLabel)

        self.blankSpin = QSpinBox(SigninOptions)
        self.blankSpin.setObjectName(u"blankSpin")
        self.blankSpin.setMaximum(200)
        self.blankSpin.setValue(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.blankSpin)

        self.paperLabel = QLabel(SigninOptions)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(SigninOptions)
        self.paperCombo.setObjectName(u"paperCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.mainLayout.addLayout(self.form)

        self.note = QLabel(SigninOptions)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.mainLayout.addWidget(self.note)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayCombo)
        self.localeLabel.setBuddy(self.localeCombo)
        self.blankLabel.setBuddy(self.blankSpin)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SigninOptions)

        QMetaObject.connectSlotsByName(SigninOptions)
    # setupUi

    def retranslateUi(self, SigninOptions):
        self.dayLabel.setText(QCoreApplication.translate("SigninOptions", u"D&ay:", None))
        self.localeLabel.setText(QCoreApplication.translate("SigninOptions", u"&Language of the dates:", None))
        self.blankLabel.setText(QCoreApplication.translate("SigninOptions", u"&Blank rows for walk-ins:", None))
        self.paperLabel.setText(QCoreApplication.translate("SigninOptions", u"&Paper:", None))
        self.note.setText(QCoreApplication.translate("SigninOptions", u"Everyone expected, by family name, with their organisation and a box to sign. Each day starts on a new page and numbers its own pages.", None))
        pass
    # retranslateUi

