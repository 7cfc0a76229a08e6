# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'join_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_JoinDialog(object):
    def setupUi(self, JoinDialog):
        if not JoinDialog.objectName():
            JoinDialog.setObjectName(u"JoinDialog")
        self.outer = QVBoxLayout(JoinDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(JoinDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(JoinDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(JoinDialog)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.addressLabel = QLabel(JoinDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressRow = QHBoxLayout()
        self.addressRow.setObjectName(u"addressRow")
        self.address = QLineEdit(JoinDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(120)

        self.addressRow.addWidget(self.address)

        self.find = QPushButton(JoinDialog)
        self.find.setObjectName(u"find")
        self.find.setAutoDefault(False)

        self.addressRow.addWidget(self.find)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.addressRow)

        self.deskNameLabel = QLabel(JoinDialog)
        self.deskNameLabel.setObjectName(u"deskNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deskNameLabel)

        self.deskName = QLineEdit(JoinDialog)
        self.deskName.setObjectName(u"deskName")
        self.deskName.setMaxLength(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deskName)

        self.targetLabel = QLabel(JoinDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetRow = QHBoxLayout()
        self.targetRow.setObjectName(u"targetRow")
        self.target = QLineEdit(JoinDialog)
        self.target.setObjectName(u"target")

        self.targetRow.addWidget(self.target)

        self.browse = QPushButton(JoinDialog)
        self.browse.setObjectName(u"browse")
        self.browse.setAutoDefault(False)

        self.targetRow.addWidget(self.browse)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.targetRow)


        self.outer.addLayout(self.form)

        self.message = QLabel(JoinDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(JoinDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
        self.addressLabel.setBuddy(self.address)
        self.deskNameLabel.setBuddy(self.deskName)
        self.targetLabel.setBuddy(self.target)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.address)
        QWidget.setTabOrder(self.address, self.find)
        QWidget.setTabOrder(self.find, self.deskName)
        QWidget.setTabOrder(self.deskName, self.target)
        QWidget.setTabOrder(self.target, self.browse)

        self.retranslateUi(JoinDialog)

        QMetaObject.connectSlotsByName(JoinDialog)
    # setupUi

    def retranslateUi(self, JoinDialog):
        JoinDialog.setWindowTitle(QCoreApplication.translate("JoinDialog", u"Join a shared event", None))
        self.intro.setText(QCoreApplication.translate("JoinDialog", u"Type the address and join code shown on a desk that shares the event (File \u203a Share this event\u2026 there). This laptop gets its own copy of the event and shares it at once.", None))
        self.codeLabel.setText(QCoreApplication.translate("JoinDialog", u"Join &code", None))
        self.code.setPlaceholderText(QCoreApplication.translate("JoinDialog", u"e.g. K7QM-2XCA-9HPF", None))
        self.addressLabel.setText(QCoreApplication.translate("JoinDialog", u"&Address", None))
        self.address.setPlaceholderText(QCoreApplication.translate("JoinDialog", u"e.g. 192.168.1.20:8765", None))
        self.find.setText(QCoreApplication.translate("JoinDialog", u"&Find", None))
#if QT_CONFIG(tooltip)
        self.find.setToolTip(QCoreApplication.translate("JoinDialog", u"Look for desks on this network that share an event with this join code", None))
#endif // QT_CONFIG(tooltip)
        self.deskNameLabel.setText(QCoreApplication.translate("JoinDialog", u"This desk's &name", None))
        self.deskName.setPlaceholderText(QCoreApplication.translate("JoinDialog", u"e.g. Door 2", None))
        self.targetLabel.setText(QCoreApplication.translate("JoinDialog", u"&Save as", None))
#if QT_CONFIG(accessibility)
        self.target.setAccessibleName(QCoreApplication.translate("JoinDialog", u"new event file", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("JoinDialog", u"&Browse\u2026", None))
    # retranslateUi

