# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tent_options.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TentOptions(object):
    def setupUi(self, TentOptions):
        if not TentOptions.objectName():
            TentOptions.setObjectName(u"TentOptions")
        TentOptions.resize(260, 320)
        self.outer = QVBoxLayout(TentOptions)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.paperLabel = QLabel(TentOptions)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(TentOptions)
        self.paperCombo.setObjectName(u"paperCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.outer.addLayout(self.form)

        self.whoLayout = QVBoxLayout()
        self.whoLayout.setObjectName(u"whoLayout")

        self.outer.addLayout(self.whoLayout)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TentOptions)

        QMetaObject.connectSlotsByName(TentOptions)
    # setupUi

    def retranslateUi(self, TentOptions):
        self.paperLabel.setText(QCoreApplication.translate("TentOptions", u"P&aper", None))
        pass
    # retranslateUi

