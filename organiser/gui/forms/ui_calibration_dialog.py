# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calibration_dialog.ui'
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
    QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CalibrationDialog(object):
    def setupUi(self, CalibrationDialog):
        if not CalibrationDialog.objectName():
            CalibrationDialog.setObjectName(u"CalibrationDialog")
        CalibrationDialog.resize(420, 260)
        self.outer = QVBoxLayout(CalibrationDialog)
        self.outer.setObjectName(u"outer")
        self.explanation = QLabel(CalibrationDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.outer.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.layoutLabel = QLabel(CalibrationDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutName = QLabel(CalibrationDialog)
        self.layoutName.setObjectName(u"layoutName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.layoutName)

        self.xLabel = QLabel(CalibrationDialog)
        self.xLabel.setObjectName(u"xLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.xLabel)

        self.xSpin = QDoubleSpinBox(CalibrationDialog)
        self.xSpin.setObjectName(u"xSpin")
        self.xSpin.setDecimals(1)
        self.xSpin.setMinimum(-20.000000000000000)
        self.xSpin.setMaximum(20.000000000000000)
        self.xSpin.setSingleStep(0.500000000000000)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.xSpin)

        self.yLabel = QLabel(CalibrationDialog)
        self.yLabel.setObjectName(u"yLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yLabel)

        self.ySpin = QDoubleSpinBox(CalibrationDialog)
        self.ySpin.setObjectName(u"ySpin")
        self.ySpin.setDecimals(1)
        self.ySpin.setMinimum(-20.000000000000000)
        self.ySpin.setMaximum(20.000000000000000)
        self.ySpin.setSingleStep(0.500000000000000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ySpin)


        self.outer.addLayout(self.form)

        self.pageButtons = QHBoxLayout()
        self.pageButtons.setObjectName(u"pageButtons")
        self.saveButton = QPushButton(CalibrationDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.pageButtons.addWidget(self.saveButton)

        self.printButton = QPushButton(CalibrationDialog)
        self.printButton.setObjectName(u"printButton")

        self.pageButtons.addWidget(self.printButton)


        self.outer.addLayout(self.pageButtons)

        self.statusLabel = QLabel(CalibrationDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.outer.addWidget(self.statusLabel)

        self.buttons = QDialogButtonBox(CalibrationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.xLabel.setBuddy(self.xSpin)
        self.yLabel.setBuddy(self.ySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalibrationDialog)

        QMetaObject.connectSlotsByName(CalibrationDialog)
    # setupUi

    def retranslateUi(self, CalibrationDialog):
        CalibrationDialog.setWindowTitle(QCoreApplication.translate("CalibrationDialog", u"Calibrate the printer", None))
        self.explanation.setText(QCoreApplication.translate("CalibrationDialog", u"Print the calibration page on plain paper and hold it against a blank label sheet: each cross should sit at the centre of its label. Enter the correction: + across moves the print right, + down moves it down (crosses 2 mm too far right: enter \u22122 across). The page is printed with the offset saved so far, so print it again after saving to check.", None))
        self.layoutLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Layout", None))
        self.layoutName.setText("")
        self.xLabel.setText(QCoreApplication.translate("CalibrationDialog", u"&Across", None))
        self.xSpin.setSuffix(QCoreApplication.translate("CalibrationDialog", u" mm", None))
        self.yLabel.setText(QCoreApplication.translate("CalibrationDialog", u"&Down", None))
        self.ySpin.setSuffix(QCoreApplication.translate("CalibrationDialog", u" mm", None))
        self.saveButton.setText(QCoreApplication.translate("CalibrationDialog", u"&Save calibration page\u2026", None))
        self.printButton.setText(QCoreApplication.translate("CalibrationDialog", u"&Print calibration page\u2026", None))
        self.statusLabel.setText("")
    # retranslateUi

