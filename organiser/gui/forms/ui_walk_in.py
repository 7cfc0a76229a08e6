# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'walk_in.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_WalkIn(object):
    def setupUi(self, WalkIn):
        if not WalkIn.objectName():
            WalkIn.setObjectName(u"WalkIn")
        self.outer = QVBoxLayout(WalkIn)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.givenLabel = QLabel(WalkIn)
        self.givenLabel.setObjectName(u"givenLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenName = QLineEdit(WalkIn)
        self.givenName.setObjectName(u"givenName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenName)

        self.familyLabel = QLabel(WalkIn)
        self.familyLabel.setObjectName(u"familyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyName = QLineEdit(WalkIn)
        self.familyName.setObjectName(u"familyName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyName)

        self.orgLabel = QLabel(WalkIn)
        self.orgLabel.setObjectName(u"orgLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.organisation = QLineEdit(WalkIn)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.categoryLabel = QLabel(WalkIn)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(WalkIn)
        self.category.setObjectName(u"category")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.category)

        self.emailLabel = QLabel(WalkIn)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(WalkIn)
        self.email.setObjectName(u"email")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)


        self.outer.addLayout(self.form)

        self.message = QLabel(WalkIn)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(WalkIn)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenLabel.setBuddy(self.givenName)
        self.familyLabel.setBuddy(self.familyName)
        self.orgLabel.setBuddy(self.organisation)
        self.categoryLabel.setBuddy(self.category)
        self.emailLabel.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenName, self.familyName)
        QWidget.setTabOrder(self.familyName, self.organisation)
        QWidget.setTabOrder(self.organisation, self.category)
        QWidget.setTabOrder(self.category, self.email)

        self.retranslateUi(WalkIn)

        QMetaObject.connectSlotsByName(WalkIn)
    # setupUi

    def retranslateUi(self, WalkIn):
        WalkIn.setWindowTitle(QCoreApplication.translate("WalkIn", u"Walk-in", None))
        self.givenLabel.setText(QCoreApplication.translate("WalkIn", u"&Given name", None))
        self.familyLabel.setText(QCoreApplication.translate("WalkIn", u"&Family name", None))
        self.orgLabel.setText(QCoreApplication.translate("WalkIn", u"&Organisation", None))
        self.categoryLabel.setText(QCoreApplication.translate("WalkIn", u"&Category", None))
        self.emailLabel.setText(QCoreApplication.translate("WalkIn", u"&E-mail", None))
    # retranslateUi

