# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_event.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from organiser.gui.editing.fields import DateField

class Ui_NewEvent(object):
    def setupUi(self, NewEvent):
        if not NewEvent.objectName():
            NewEvent.setObjectName(u"NewEvent")
        self.outer = QVBoxLayout(NewEvent)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(NewEvent)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(NewEvent)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(500)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.venueLabel = QLabel(NewEvent)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venue = QLineEdit(NewEvent)
        self.venue.setObjectName(u"venue")
        self.venue.setMaxLength(500)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.venue)

        self.zoneLabel = QLabel(NewEvent)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zone = QLineEdit(NewEvent)
        self.zone.setObjectName(u"zone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.zone)

        self.zoneMessage = QLabel(NewEvent)
        self.zoneMessage.setObjectName(u"zoneMessage")
        self.zoneMessage.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.zoneMessage)

        self.firstDayLabel = QLabel(NewEvent)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.firstDay = DateField(NewEvent)
        self.firstDay.setObjectName(u"firstDay")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.firstDay)

        self.firstDayMessage = QLabel(NewEvent)
        self.firstDayMessage.setObjectName(u"firstDayMessage")
        self.firstDayMessage.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.firstDayMessage)

        self.daysLabel = QLabel(NewEvent)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.days = QSpinBox(NewEvent)
        self.days.setObjectName(u"days")
        self.days.setMinimum(1)
        self.days.setMaximum(31)
        self.days.setValue(1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.days)


        self.outer.addLayout(self.form)

        self.buttons = QDialogButtonBox(NewEvent)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.venueLabel.setBuddy(self.venue)
        self.zoneLabel.setBuddy(self.zone)
        self.firstDayLabel.setBuddy(self.firstDay)
        self.daysLabel.setBuddy(self.days)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.venue)
        QWidget.setTabOrder(self.venue, self.zone)
        QWidget.setTabOrder(self.zone, self.firstDay)
        QWidget.setTabOrder(self.firstDay, self.days)

        self.retranslateUi(NewEvent)

        QMetaObject.connectSlotsByName(NewEvent)
    # setupUi

    def retranslateUi(self, NewEvent):
        NewEvent.setWindowTitle(QCoreApplication.translate("NewEvent", u"New event", None))
        self.titleLabel.setText(QCoreApplication.translate("NewEvent", u"&Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("NewEvent", u"e.g. Rethinking Stability: a dialogue in Bamako", None))
        self.venueLabel.setText(QCoreApplication.translate("NewEvent", u"&Venue", None))
        self.venue.setPlaceholderText(QCoreApplication.translate("NewEvent", u"Place and city, e.g. Azalai Hotel, Bamako", None))
        self.zoneLabel.setText(QCoreApplication.translate("NewEvent", u"Time &zone", None))
        self.zone.setPlaceholderText(QCoreApplication.translate("NewEvent", u"The venue's city, e.g. Bamako or New York", None))
        self.zoneMessage.setText("")
        self.firstDayLabel.setText(QCoreApplication.translate("NewEvent", u"&First day", None))
        self.firstDayMessage.setText("")
        self.daysLabel.setText(QCoreApplication.translate("NewEvent", u"&Days", None))
#if QT_CONFIG(tooltip)
        self.days.setToolTip(QCoreApplication.translate("NewEvent", u"How many days in a row, from the first; more can be added later", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

