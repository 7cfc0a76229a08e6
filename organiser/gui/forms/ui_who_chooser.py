# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'who_chooser.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_WhoChooser(object):
    def setupUi(self, WhoChooser):
        if not WhoChooser.objectName():
            WhoChooser.setObjectName(u"WhoChooser")
        WhoChooser.resize(260, 260)
        self.whoBox = QVBoxLayout(WhoChooser)
        self.whoBox.setObjectName(u"whoBox")
        self.whoBox.setContentsMargins(0, 0, 0, 0)
        self.whoLabel = QLabel(WhoChooser)
        self.whoLabel.setObjectName(u"whoLabel")

        self.whoBox.addWidget(self.whoLabel)

        self.whoCombo = QComboBox(WhoChooser)
        self.whoCombo.setObjectName(u"whoCombo")

        self.whoBox.addWidget(self.whoCombo)

        self.valueCombo = QComboBox(WhoChooser)
        self.valueCombo.setObjectName(u"valueCombo")

        self.whoBox.addWidget(self.valueCombo)

        self.peopleFilter = QLineEdit(WhoChooser)
        self.peopleFilter.setObjectName(u"peopleFilter")
        self.peopleFilter.setClearButtonEnabled(True)

        self.whoBox.addWidget(self.peopleFilter)

        self.peopleList = QListWidget(WhoChooser)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setUniformItemSizes(True)

        self.whoBox.addWidget(self.peopleList)

        self.pickedLabel = QLabel(WhoChooser)
        self.pickedLabel.setObjectName(u"pickedLabel")

        self.whoBox.addWidget(self.pickedLabel)

#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.whoCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WhoChooser)

        QMetaObject.connectSlotsByName(WhoChooser)
    # setupUi

    def retranslateUi(self, WhoChooser):
        self.whoLabel.setText(QCoreApplication.translate("WhoChooser", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.whoCombo.setAccessibleName(QCoreApplication.translate("WhoChooser", u"who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.valueCombo.setAccessibleName(QCoreApplication.translate("WhoChooser", u"category or role", None))
#endif // QT_CONFIG(accessibility)
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("WhoChooser", u"Find people\u2026", None))
#if QT_CONFIG(accessibility)
        self.peopleFilter.setAccessibleName(QCoreApplication.translate("WhoChooser", u"find people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("WhoChooser", u"people to print", None))
#endif // QT_CONFIG(accessibility)
        self.pickedLabel.setText("")
        pass
    # retranslateUi

