# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_export.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_PrintExport(object):
    def setupUi(self, PrintExport):
        if not PrintExport.objectName():
            PrintExport.setObjectName(u"PrintExport")
        PrintExport.resize(1100, 720)
        self.layout = QVBoxLayout(PrintExport)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(PrintExport)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.documentsLabel = QLabel(self.leftPane)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.leftLayout.addWidget(self.documentsLabel)

        self.documentList = QListWidget(self.leftPane)
        self.documentList.setObjectName(u"documentList")
        self.documentList.setMaximumSize(QSize(220, 16777215))

        self.leftLayout.addWidget(self.documentList)

        self.optionsBox = QGroupBox(self.leftPane)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsStack = QStackedWidget(self.optionsBox)
        self.optionsStack.setObjectName(u"optionsStack")

        self.optionsLayout.addWidget(self.optionsStack)


        self.leftLayout.addWidget(self.optionsBox)

        self.splitter.addWidget(self.leftPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.statusLabel = QLabel(self.previewPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.previewPane)

        self.layout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progressBar = QProgressBar(PrintExport)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(100)
        self.progressBar.setValue(0)
        self.progressBar.setVisible(False)

        self.buttonRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(PrintExport)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setVisible(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.messageLabel = QLabel(PrintExport)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.messageLabel)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(PrintExport)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonRow.addWidget(self.previewButton)

        self.printButton = QPushButton(PrintExport)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintExport)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.documentsLabel.setBuddy(self.documentList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintExport)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrintExport)
    # setupUi

    def retranslateUi(self, PrintExport):
        PrintExport.setWindowTitle(QCoreApplication.translate("PrintExport", u"Print & Export", None))
        self.documentsLabel.setText(QCoreApplication.translate("PrintExport", u"&Documents", None))
#if QT_CONFIG(accessibility)
        self.documentList.setAccessibleName(QCoreApplication.translate("PrintExport", u"Documents", None))
#endif // QT_CONFIG(accessibility)
        self.optionsBox.setTitle(QCoreApplication.translate("PrintExport", u"Options", None))
        self.statusLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PrintExport", u"Cancel", None))
        self.messageLabel.setText("")
        self.previewButton.setText(QCoreApplication.translate("PrintExport", u"Print Preview\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PrintExport", u"Pri&nt\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintExport", u"&Save as PDF\u2026", None))
    # retranslateUi

