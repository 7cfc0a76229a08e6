# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendee_import.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AttendeeImport(object):
    def setupUi(self, AttendeeImport):
        if not AttendeeImport.objectName():
            AttendeeImport.setObjectName(u"AttendeeImport")
        AttendeeImport.resize(900, 700)
        self.outer = QVBoxLayout(AttendeeImport)
        self.outer.setObjectName(u"outer")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(AttendeeImport)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.fileRow.addWidget(self.fileLabel)

        self.chooseButton = QPushButton(AttendeeImport)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)

        self.fileRow.setStretch(0, 1)

        self.outer.addLayout(self.fileRow)

        self.progress = QProgressBar(AttendeeImport)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.outer.addWidget(self.progress)

        self.mappingLabel = QLabel(AttendeeImport)
        self.mappingLabel.setObjectName(u"mappingLabel")

        self.outer.addWidget(self.mappingLabel)

        self.mapping = QTableWidget(AttendeeImport)
        if (self.mapping.columnCount() < 3):
            self.mapping.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mapping.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mapping.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mapping.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mapping.setObjectName(u"mapping")
        self.mapping.setColumnCount(3)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.outer.addWidget(self.mapping)

        self.summary = QLabel(AttendeeImport)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.splitRow = QHBoxLayout()
        self.splitRow.setObjectName(u"splitRow")
        self.splitLabel = QLabel(AttendeeImport)
        self.splitLabel.setObjectName(u"splitLabel")
        self.splitLabel.setWordWrap(True)

        self.splitRow.addWidget(self.splitLabel)

        self.swapButton = QPushButton(AttendeeImport)
        self.swapButton.setObjectName(u"swapButton")

        self.splitRow.addWidget(self.swapButton)

        self.splitRow.setStretch(0, 1)

        self.outer.addLayout(self.splitRow)

        self.splits = QTableWidget(AttendeeImport)
        if (self.splits.columnCount() < 4):
            self.splits.setColumnCount(4)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.splits.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.splits.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.splits.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.splits.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        self.splits.setObjectName(u"splits")
        self.splits.setColumnCount(4)
        self.splits.setMaximumSize(QSize(16777215, 190))
        self.splits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splits.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)

        self.outer.addWidget(self.splits)

        self.preview = QTreeWidget(AttendeeImport)
        self.preview.setObjectName(u"preview")
        self.preview.setHeaderHidden(True)
        self.preview.setUniformRowHeights(True)

        self.outer.addWidget(self.preview)

        self.skipProblems = QCheckBox(AttendeeImport)
        self.skipProblems.setObjectName(u"skipProblems")

        self.outer.addWidget(self.skipProblems)

        self.undoNote = QLabel(AttendeeImport)
        self.undoNote.setObjectName(u"undoNote")
        self.undoNote.setWordWrap(True)

        self.outer.addWidget(self.undoNote)

        self.buttons = QDialogButtonBox(AttendeeImport)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Apply|QDialogButtonBox.StandardButton.Cancel)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.splitLabel.setBuddy(self.splits)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttendeeImport)

        QMetaObject.connectSlotsByName(AttendeeImport)
    # setupUi

    def retranslateUi(self, AttendeeImport):
        AttendeeImport.setWindowTitle(QCoreApplication.translate("AttendeeImport", u"Import attendees", None))
        self.fileLabel.setText(QCoreApplication.translate("AttendeeImport", u"No file chosen", None))
        self.chooseButton.setText(QCoreApplication.translate("AttendeeImport", u"&Choose a CSV or XLSX file\u2026", None))
        self.mappingLabel.setText(QCoreApplication.translate("AttendeeImport", u"Columns: check what each column of the file is imported as", None))
        ___qtablewidgetitem = self.mapping.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AttendeeImport", u"Column in the file", None))
        ___qtablewidgetitem1 = self.mapping.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AttendeeImport", u"First value", None))
        ___qtablewidgetitem2 = self.mapping.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AttendeeImport", u"Imported as", None))
        self.splitLabel.setText(QCoreApplication.translate("AttendeeImport", u"&Names split from the full-name column: check each FAMILY name; type a correction in a cell, or swap the two parts", None))
        self.swapButton.setText(QCoreApplication.translate("AttendeeImport", u"S&wap given and family name", None))
        ___qtablewidgetitem3 = self.splits.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AttendeeImport", u"Line", None))
        ___qtablewidgetitem4 = self.splits.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AttendeeImport", u"Name as written", None))
        ___qtablewidgetitem5 = self.splits.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AttendeeImport", u"Given name", None))
        ___qtablewidgetitem6 = self.splits.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AttendeeImport", u"FAMILY NAME", None))
        ___qtreewidgetitem = self.preview.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AttendeeImport", u"Preview", None))
        self.skipProblems.setText(QCoreApplication.translate("AttendeeImport", u"&Skip the problem rows and import the rest", None))
        self.undoNote.setText(QCoreApplication.translate("AttendeeImport", u"The import is written all at once. Edit \u25b8 Undo takes all of it back.", None))
    # retranslateUi

