# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'share_dialog.ui'
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
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ShareDialog(object):
    def setupUi(self, ShareDialog):
        if not ShareDialog.objectName():
            ShareDialog.setObjectName(u"ShareDialog")
        self.outer = QVBoxLayout(ShareDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(ShareDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.deskNameLabel = QLabel(ShareDialog)
        self.deskNameLabel.setObjectName(u"deskNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deskNameLabel)

        self.deskName = QLineEdit(ShareDialog)
        self.deskName.setObjectName(u"deskName")
        self.deskName.setMaxLength(60)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deskName)

        self.portLabel = QLabel(ShareDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.port = QSpinBox(ShareDialog)
        self.port.setObjectName(u"port")
        self.port.setMinimum(1024)
        self.port.setMaximum(65535)
        self.port.setValue(8765)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port)

        self.addressesLabel = QLabel(ShareDialog)
        self.addressesLabel.setObjectName(u"addressesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressesLabel)

        self.addresses = QLabel(ShareDialog)
        self.addresses.setObjectName(u"addresses")
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addresses)

        self.codeLabel = QLabel(ShareDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.code = QLineEdit(ShareDialog)
        self.code.setObjectName(u"code")
        self.code.setReadOnly(True)

        self.codeRow.addWidget(self.code)

        self.copyCode = QPushButton(ShareDialog)
        self.copyCode.setObjectName(u"copyCode")

        self.codeRow.addWidget(self.copyCode)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.codeRow)


        self.outer.addLayout(self.form)

        self.message = QLabel(ShareDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.stopButton = QPushButton(ShareDialog)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.stopButton)

        self.buttons = QDialogButtonBox(ShareDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.outer.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.deskNameLabel.setBuddy(self.deskName)
        self.portLabel.setBuddy(self.port)
        self.codeLabel.setBuddy(self.code)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.deskName, self.port)
        QWidget.setTabOrder(self.port, self.code)
        QWidget.setTabOrder(self.code, self.copyCode)
        QWidget.setTabOrder(self.copyCode, self.stopButton)

        self.retranslateUi(ShareDialog)

        QMetaObject.connectSlotsByName(ShareDialog)
    # setupUi

    def retranslateUi(self, ShareDialog):
        ShareDialog.setWindowTitle(QCoreApplication.translate("ShareDialog", u"Share this event", None))
        self.intro.setText(QCoreApplication.translate("ShareDialog", u"Other laptops on this network can work on this event with you: each keeps its own copy, and goes on alone when the network drops. On each of them choose File \u203a Join a shared event\u2026 and type the address and join code below.", None))
        self.deskNameLabel.setText(QCoreApplication.translate("ShareDialog", u"This desk's &name", None))
        self.deskName.setPlaceholderText(QCoreApplication.translate("ShareDialog", u"e.g. Registration 1", None))
        self.portLabel.setText(QCoreApplication.translate("ShareDialog", u"&Port", None))
#if QT_CONFIG(tooltip)
        self.port.setToolTip(QCoreApplication.translate("ShareDialog", u"The network port other desks reach this one at; change it only if another program uses it", None))
#endif // QT_CONFIG(tooltip)
        self.addressesLabel.setText(QCoreApplication.translate("ShareDialog", u"Others join at", None))
#if QT_CONFIG(accessibility)
        self.addresses.setAccessibleName(QCoreApplication.translate("ShareDialog", u"addresses", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("ShareDialog", u"Join &code", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("ShareDialog", u"join code", None))
#endif // QT_CONFIG(accessibility)
        self.copyCode.setText(QCoreApplication.translate("ShareDialog", u"C&opy", None))
#if QT_CONFIG(tooltip)
        self.copyCode.setToolTip(QCoreApplication.translate("ShareDialog", u"Copy the address and the join code", None))
#endif // QT_CONFIG(tooltip)
        self.stopButton.setText(QCoreApplication.translate("ShareDialog", u"&Stop sharing", None))
    # retranslateUi

