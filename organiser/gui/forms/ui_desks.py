# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desks.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DesksPanel(object):
    def setupUi(self, DesksPanel):
        if not DesksPanel.objectName():
            DesksPanel.setObjectName(u"DesksPanel")
        self.outer = QVBoxLayout(DesksPanel)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(4, 4, 4, 4)
        self.headline = QLabel(DesksPanel)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.outer.addWidget(self.headline)

        self.thisDesk = QLabel(DesksPanel)
        self.thisDesk.setObjectName(u"thisDesk")
        self.thisDesk.setWordWrap(True)
        self.thisDesk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.outer.addWidget(self.thisDesk)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.shareButton = QPushButton(DesksPanel)
        self.shareButton.setObjectName(u"shareButton")

        self.buttonRow.addWidget(self.shareButton)

        self.stopButton = QPushButton(DesksPanel)
        self.stopButton.setObjectName(u"stopButton")

        self.buttonRow.addWidget(self.stopButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.outer.addLayout(self.buttonRow)

        self.peers = QTreeWidget(DesksPanel)
        self.peers.setObjectName(u"peers")
        self.peers.setRootIsDecorated(False)
        self.peers.setUniformRowHeights(True)
        self.peers.setWordWrap(True)

        self.outer.addWidget(self.peers)

        self.conflictsLabel = QLabel(DesksPanel)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.outer.addWidget(self.conflictsLabel)

        self.conflicts = QListWidget(DesksPanel)
        self.conflicts.setObjectName(u"conflicts")
        self.conflicts.setWordWrap(True)

        self.outer.addWidget(self.conflicts)

#if QT_CONFIG(shortcut)
        self.conflictsLabel.setBuddy(self.conflicts)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.shareButton, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.peers)
        QWidget.setTabOrder(self.peers, self.conflicts)

        self.retranslateUi(DesksPanel)

        QMetaObject.connectSlotsByName(DesksPanel)
    # setupUi

    def retranslateUi(self, DesksPanel):
#if QT_CONFIG(accessibility)
        self.headline.setAccessibleName(QCoreApplication.translate("DesksPanel", u"sharing state", None))
#endif // QT_CONFIG(accessibility)
        self.shareButton.setText(QCoreApplication.translate("DesksPanel", u"&Share\u2026", None))
        self.stopButton.setText(QCoreApplication.translate("DesksPanel", u"S&top sharing", None))
        ___qtreewidgetitem = self.peers.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DesksPanel", u"Heard, sent", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DesksPanel", u"Desk", None))
#if QT_CONFIG(accessibility)
        self.peers.setAccessibleName(QCoreApplication.translate("DesksPanel", u"other desks", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setText(QCoreApplication.translate("DesksPanel", u"Conflicts resolved", None))
#if QT_CONFIG(accessibility)
        self.conflicts.setAccessibleName(QCoreApplication.translate("DesksPanel", u"conflicts resolved", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

