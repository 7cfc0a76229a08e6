# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(640, 440)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.layout.addWidget(self.fileLabel)

        self.progress = QProgressBar(ImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.zoneRow = QHBoxLayout()
        self.zoneRow.setObjectName(u"zoneRow")
        self.zoneLabel = QLabel(ImportDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.zoneRow.addWidget(self.zoneLabel)

        self.zoneEdit = QLineEdit(ImportDialog)
        self.zoneEdit.setObjectName(u"zoneEdit")
        self.zoneEdit.setClearButtonEnabled(True)

        self.zoneRow.addWidget(self.zoneEdit)


        self.layout.addLayout(self.zoneRow)

        self.zoneMessage = QLabel(ImportDialog)
        self.zoneMessage.setObjectName(u"zoneMessage")
        self.zoneMessage.setWordWrap(True)
        self.zoneMessage.setVisible(False)

        self.layout.addWidget(self.zoneMessage)

        self.countsLabel = QLabel(ImportDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)
        self.countsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.countsLabel)

        self.summary = QPlainTextEdit(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setReadOnly(True)

        self.layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.zoneLabel.setBuddy(self.zoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import a schedule", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"Reading\u2026", None))
        self.zoneLabel.setText(QCoreApplication.translate("ImportDialog", u"Venue &time zone:", None))
        self.zoneEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"As the file says (type to search, e.g. bamako)", None))
#if QT_CONFIG(tooltip)
        self.zoneEdit.setToolTip(QCoreApplication.translate("ImportDialog", u"Read the file's times at this IANA time zone instead of the one it names or implies. Leave empty to use the file's own.", None))
#endif // QT_CONFIG(tooltip)
        self.zoneMessage.setText("")
        self.countsLabel.setText("")
        self.summary.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"What the import had to guess or leave out appears here.", None))
    # retranslateUi

