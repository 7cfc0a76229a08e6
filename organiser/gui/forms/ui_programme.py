# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableWidget, QTableWidgetItem, QTextBrowser, QToolButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from organiser.gui.editing.fields import TimeField

class Ui_ProgrammeForm(object):
    def setupUi(self, ProgrammeForm):
        if not ProgrammeForm.objectName():
            ProgrammeForm.setObjectName(u"ProgrammeForm")
        self.outerLayout = QVBoxLayout(ProgrammeForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(ProgrammeForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.sessions_tree = QTreeWidget(self.listPane)
        self.sessions_tree.setObjectName(u"sessions_tree")
        self.sessions_tree.setAlternatingRowColors(True)
        self.sessions_tree.setMinimumSize(QSize(280, 0))
        self.sessions_tree.setHeaderHidden(True)
        self.sessions_tree.setUniformRowHeights(True)
        self.sessions_tree.setRootIsDecorated(True)
        self.sessions_tree.setColumnCount(2)

        self.listLayout.addWidget(self.sessions_tree)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.add_session = QPushButton(self.listPane)
        self.add_session.setObjectName(u"add_session")

        self.listButtons.addWidget(self.add_session)

        self.delete_session = QPushButton(self.listPane)
        self.delete_session.setObjectName(u"delete_session")

        self.listButtons.addWidget(self.delete_session)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.formPane = QWidget()
        self.formPane.setObjectName(u"formPane")
        self.formLayout = QVBoxLayout(self.formPane)
        self.formLayout.setObjectName(u"formLayout")
        self.heading = QLabel(self.formPane)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.addWidget(self.heading)

        self.sessionForm = QFormLayout()
        self.sessionForm.setObjectName(u"sessionForm")
        self.dayLabel = QLabel(self.formPane)
        self.dayLabel.setObjectName(u"dayLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QComboBox(self.formPane)
        self.day.setObjectName(u"day")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.timeLabel = QLabel(self.formPane)
        self.timeLabel.setObjectName(u"timeLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.starts = TimeField(self.formPane)
        self.starts.setObjectName(u"starts")

        self.timeRow.addWidget(self.starts)

        self.toLabel = QLabel(self.formPane)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.ends = TimeField(self.formPane)
        self.ends.setObjectName(u"ends")

        self.timeRow.addWidget(self.ends)

        self.zoneNote = QLabel(self.formPane)
        self.zoneNote.setObjectName(u"zoneNote")

        self.timeRow.addWidget(self.zoneNote)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.sessionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.time_message = QLabel(self.formPane)
        self.time_message.setObjectName(u"time_message")
        self.time_message.setWordWrap(True)

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.time_message)

        self.kindLabel = QLabel(self.formPane)
        self.kindLabel.setObjectName(u"kindLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kind = QComboBox(self.formPane)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.numberLabel = QLabel(self.formPane)
        self.numberLabel.setObjectName(u"numberLabel")

        self.kindRow.addWidget(self.numberLabel)

        self.number = QSpinBox(self.formPane)
        self.number.setObjectName(u"number")
        self.number.setMinimumSize(QSize(84, 0))
        self.number.setMinimum(0)
        self.number.setMaximum(999)

        self.kindRow.addWidget(self.number)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.sessionForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.typeLabel = QLabel(self.formPane)
        self.typeLabel.setObjectName(u"typeLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.type = QLineEdit(self.formPane)
        self.type.setObjectName(u"type")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.type)

        self.titleLabel = QLabel(self.formPane)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.formPane)
        self.title.setObjectName(u"title")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.title)

        self.subtitleLabel = QLabel(self.formPane)
        self.subtitleLabel.setObjectName(u"subtitleLabel")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subtitleLabel)

        self.subtitle = QLineEdit(self.formPane)
        self.subtitle.setObjectName(u"subtitle")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subtitle)

        self.roomLabel = QLabel(self.formPane)
        self.roomLabel.setObjectName(u"roomLabel")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomRow = QHBoxLayout()
        self.roomRow.setObjectName(u"roomRow")
        self.room = QComboBox(self.formPane)
        self.room.setObjectName(u"room")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.room.sizePolicy().hasHeightForWidth())
        self.room.setSizePolicy(sizePolicy)

        self.roomRow.addWidget(self.room)

        self.add_room = QToolButton(self.formPane)
        self.add_room.setObjectName(u"add_room")

        self.roomRow.addWidget(self.add_room)


        self.sessionForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.roomRow)

        self.statusLabel = QLabel(self.formPane)
        self.statusLabel.setObjectName(u"statusLabel")

        self.sessionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.formPane)
        self.status.setObjectName(u"status")

        self.sessionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status)

        self.summaryLabel = QLabel(self.formPane)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.sessionForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(self.formPane)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumSize(QSize(0, 60))
        self.summary.setMaximumSize(QSize(16777215, 120))

        self.sessionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.summary)

        self.problemLabel = QLabel(self.formPane)
        self.problemLabel.setObjectName(u"problemLabel")

        self.sessionForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problem_statement = QPlainTextEdit(self.formPane)
        self.problem_statement.setObjectName(u"problem_statement")
        self.problem_statement.setTabChangesFocus(True)
        self.problem_statement.setMinimumSize(QSize(0, 80))
        self.problem_statement.setMaximumSize(QSize(16777215, 120))

        self.sessionForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.problem_statement)


        self.formLayout.addLayout(self.sessionForm)

        self.questionsBox = QGroupBox(self.formPane)
        self.questionsBox.setObjectName(u"questionsBox")
        self.questionsLayout = QGridLayout(self.questionsBox)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questions_list = QListWidget(self.questionsBox)
        self.questions_list.setObjectName(u"questions_list")
        self.questions_list.setAlternatingRowColors(True)
        self.questions_list.setWordWrap(True)
        self.questions_list.setMinimumSize(QSize(0, 90))
        self.questions_list.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.questionsLayout.addWidget(self.questions_list, 0, 0, 5, 1)

        self.add_question = QToolButton(self.questionsBox)
        self.add_question.setObjectName(u"add_question")

        self.questionsLayout.addWidget(self.add_question, 0, 1, 1, 1)

        self.remove_question = QToolButton(self.questionsBox)
        self.remove_question.setObjectName(u"remove_question")

        self.questionsLayout.addWidget(self.remove_question, 1, 1, 1, 1)

        self.question_up = QToolButton(self.questionsBox)
        self.question_up.setObjectName(u"question_up")

        self.questionsLayout.addWidget(self.question_up, 2, 1, 1, 1)

        self.question_down = QToolButton(self.questionsBox)
        self.question_down.setObjectName(u"question_down")

        self.questionsLayout.addWidget(self.question_down, 3, 1, 1, 1)

        self.addQuestionRow = QHBoxLayout()
        self.addQuestionRow.setObjectName(u"addQuestionRow")
        self.newQuestionLabel = QLabel(self.questionsBox)
        self.newQuestionLabel.setObjectName(u"newQuestionLabel")

        self.addQuestionRow.addWidget(self.newQuestionLabel)

        self.new_question = QLineEdit(self.questionsBox)
        self.new_question.setObjectName(u"new_question")

        self.addQuestionRow.addWidget(self.new_question)


        self.questionsLayout.addLayout(self.addQuestionRow, 5, 0, 1, 2)


        self.formLayout.addWidget(self.questionsBox)

        self.rolesBox = QGroupBox(self.formPane)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QGridLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.roles_table = QTableWidget(self.rolesBox)
        if (self.roles_table.columnCount() < 3):
            self.roles_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.roles_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.roles_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.roles_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.roles_table.setObjectName(u"roles_table")
        self.roles_table.setMinimumSize(QSize(0, 110))
        self.roles_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.roles_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.roles_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.roles_table.horizontalHeader().setStretchLastSection(False)
        self.roles_table.verticalHeader().setVisible(False)

        self.rolesLayout.addWidget(self.roles_table, 0, 0, 4, 1)

        self.remove_role = QToolButton(self.rolesBox)
        self.remove_role.setObjectName(u"remove_role")

        self.rolesLayout.addWidget(self.remove_role, 0, 1, 1, 1)

        self.role_up = QToolButton(self.rolesBox)
        self.role_up.setObjectName(u"role_up")

        self.rolesLayout.addWidget(self.role_up, 1, 1, 1, 1)

        self.role_down = QToolButton(self.rolesBox)
        self.role_down.setObjectName(u"role_down")

        self.rolesLayout.addWidget(self.role_down, 2, 1, 1, 1)

        self.addRoleRow = QHBoxLayout()
        self.addRoleRow.setObjectName(u"addRoleRow")
        self.rolePersonLabel = QLabel(self.rolesBox)
        self.rolePersonLabel.setObjectName(u"rolePersonLabel")

        self.addRoleRow.addWidget(self.rolePersonLabel)

        self.role_person = QComboBox(self.rolesBox)
        self.role_person.setObjectName(u"role_person")
        self.role_person.setEditable(True)
        self.role_person.setInsertPolicy(QComboBox.NoInsert)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.role_person.sizePolicy().hasHeightForWidth())
        self.role_person.setSizePolicy(sizePolicy1)

        self.addRoleRow.addWidget(self.role_person)

        self.role_type = QComboBox(self.rolesBox)
        self.role_type.setObjectName(u"role_type")

        self.addRoleRow.addWidget(self.role_type)

        self.add_role = QPushButton(self.rolesBox)
        self.add_role.setObjectName(u"add_role")

        self.addRoleRow.addWidget(self.add_role)


        self.rolesLayout.addLayout(self.addRoleRow, 4, 0, 1, 2)


        self.formLayout.addWidget(self.rolesBox)

        self.moreForm = QFormLayout()
        self.moreForm.setObjectName(u"moreForm")
        self.descriptionLabel = QLabel(self.formPane)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.moreForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(self.formPane)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 70))

        self.moreForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description)

        self.previewLabel = QLabel(self.formPane)
        self.previewLabel.setObjectName(u"previewLabel")

        self.moreForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.previewLabel)

        self.text_preview = QTextBrowser(self.formPane)
        self.text_preview.setObjectName(u"text_preview")
        self.text_preview.setFocusPolicy(Qt.NoFocus)
        self.text_preview.setOpenExternalLinks(True)
        self.text_preview.setMinimumSize(QSize(0, 90))

        self.moreForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_preview)

        self.notesLabel = QLabel(self.formPane)
        self.notesLabel.setObjectName(u"notesLabel")

        self.moreForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.formPane)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))

        self.moreForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes)


        self.formLayout.addLayout(self.moreForm)

        self.frenchBox = QGroupBox(self.formPane)
        self.frenchBox.setObjectName(u"frenchBox")
        self.frenchForm = QFormLayout(self.frenchBox)
        self.frenchForm.setObjectName(u"frenchForm")
        self.titleFrLabel = QLabel(self.frenchBox)
        self.titleFrLabel.setObjectName(u"titleFrLabel")

        self.frenchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleFrLabel)

        self.title_fr = QLineEdit(self.frenchBox)
        self.title_fr.setObjectName(u"title_fr")

        self.frenchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_fr)

        self.summaryFrLabel = QLabel(self.frenchBox)
        self.summaryFrLabel.setObjectName(u"summaryFrLabel")

        self.frenchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryFrLabel)

        self.summary_fr = QPlainTextEdit(self.frenchBox)
        self.summary_fr.setObjectName(u"summary_fr")
        self.summary_fr.setTabChangesFocus(True)
        self.summary_fr.setMinimumSize(QSize(0, 60))
        self.summary_fr.setMaximumSize(QSize(16777215, 120))

        self.frenchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary_fr)

        self.problemFrLabel = QLabel(self.frenchBox)
        self.problemFrLabel.setObjectName(u"problemFrLabel")

        self.frenchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.problemFrLabel)

        self.problem_statement_fr = QPlainTextEdit(self.frenchBox)
        self.problem_statement_fr.setObjectName(u"problem_statement_fr")
        self.problem_statement_fr.setTabChangesFocus(True)
        self.problem_statement_fr.setMinimumSize(QSize(0, 80))
        self.problem_statement_fr.setMaximumSize(QSize(16777215, 120))

        self.frenchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.problem_statement_fr)

        self.questionsFrLabel = QLabel(self.frenchBox)
        self.questionsFrLabel.setObjectName(u"questionsFrLabel")

        self.frenchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.questionsFrLabel)

        self.questions_fr = QTableWidget(self.frenchBox)
        if (self.questions_fr.columnCount() < 2):
            self.questions_fr.setColumnCount(2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.questions_fr.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.questions_fr.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        self.questions_fr.setObjectName(u"questions_fr")
        self.questions_fr.setAlternatingRowColors(True)
        self.questions_fr.setWordWrap(True)
        self.questions_fr.setMinimumSize(QSize(0, 90))
        self.questions_fr.setSelectionMode(QAbstractItemView.SingleSelection)
        self.questions_fr.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.frenchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.questions_fr)


        self.formLayout.addWidget(self.frenchBox)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.scroll.setWidget(self.formPane)
        self.splitter.addWidget(self.scroll)

        self.outerLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.timeLabel.setBuddy(self.starts)
        self.kindLabel.setBuddy(self.kind)
        self.numberLabel.setBuddy(self.number)
        self.typeLabel.setBuddy(self.type)
        self.titleLabel.setBuddy(self.title)
        self.subtitleLabel.setBuddy(self.subtitle)
        self.roomLabel.setBuddy(self.room)
        self.statusLabel.setBuddy(self.status)
        self.summaryLabel.setBuddy(self.summary)
        self.problemLabel.setBuddy(self.problem_statement)
        self.newQuestionLabel.setBuddy(self.new_question)
        self.rolePersonLabel.setBuddy(self.role_person)
        self.descriptionLabel.setBuddy(self.description)
        self.notesLabel.setBuddy(self.notes)
        self.titleFrLabel.setBuddy(self.title_fr)
        self.summaryFrLabel.setBuddy(self.summary_fr)
        self.problemFrLabel.setBuddy(self.problem_statement_fr)
        self.questionsFrLabel.setBuddy(self.questions_fr)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammeForm)

        QMetaObject.connectSlotsByName(ProgrammeForm)
    # setupUi

    def retranslateUi(self, ProgrammeForm):
        ___qtreewidgetitem = self.sessions_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ProgrammeForm", u"Session", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProgrammeForm", u"Time", None))
#if QT_CONFIG(accessibility)
        self.sessions_tree.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"programme", None))
#endif // QT_CONFIG(accessibility)
        self.add_session.setText(QCoreApplication.translate("ProgrammeForm", u"Add session", None))
#if QT_CONFIG(tooltip)
        self.add_session.setToolTip(QCoreApplication.translate("ProgrammeForm", u"Add a session after the selected one (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_session.setText(QCoreApplication.translate("ProgrammeForm", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.delete_session.setToolTip(QCoreApplication.translate("ProgrammeForm", u"Delete the selected session (Del); Ctrl+Z brings it back", None))
#endif // QT_CONFIG(tooltip)
        self.heading.setText(QCoreApplication.translate("ProgrammeForm", u"No session selected", None))
        self.dayLabel.setText(QCoreApplication.translate("ProgrammeForm", u"D&ay", None))
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"day", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Ti&me", None))
#if QT_CONFIG(accessibility)
        self.starts.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"start", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.starts.setToolTip(QCoreApplication.translate("ProgrammeForm", u"Type the time as you say it: 14:30, 1430, 2:30 pm; Up and Down move it by five minutes", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("ProgrammeForm", u"to", None))
#if QT_CONFIG(accessibility)
        self.ends.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"end", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ends.setToolTip(QCoreApplication.translate("ProgrammeForm", u"Type the time as you say it: 14:30, 1430, 2:30 pm; Up and Down move it by five minutes", None))
#endif // QT_CONFIG(tooltip)
        self.zoneNote.setText(QCoreApplication.translate("ProgrammeForm", u"venue time", None))
        self.time_message.setText("")
        self.kindLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"kind", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("ProgrammeForm", u"N&umber", None))
#if QT_CONFIG(accessibility)
        self.number.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"number", None))
#endif // QT_CONFIG(accessibility)
        self.number.setSpecialValueText(QCoreApplication.translate("ProgrammeForm", u"none", None))
#if QT_CONFIG(tooltip)
        self.number.setToolTip(QCoreApplication.translate("ProgrammeForm", u"The session's number in its kind, e.g. 2 for Workshop 2; \"none\" for an unnumbered session", None))
#endif // QT_CONFIG(tooltip)
        self.typeLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Type (your &word)", None))
#if QT_CONFIG(accessibility)
        self.type.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"type", None))
#endif // QT_CONFIG(accessibility)
        self.type.setPlaceholderText(QCoreApplication.translate("ProgrammeForm", u"what your event calls this format, e.g. Talk, Fireside chat", None))
#if QT_CONFIG(tooltip)
        self.type.setToolTip(QCoreApplication.translate("ProgrammeForm", u"Printed under the title; the kind decides how the programme treats the session", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"title", None))
#endif // QT_CONFIG(accessibility)
        self.subtitleLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Su&btitle", None))
#if QT_CONFIG(accessibility)
        self.subtitle.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"subtitle", None))
#endif // QT_CONFIG(accessibility)
        self.subtitle.setPlaceholderText(QCoreApplication.translate("ProgrammeForm", u"printed under the title", None))
        self.roomLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Room", None))
#if QT_CONFIG(accessibility)
        self.room.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"room", None))
#endif // QT_CONFIG(accessibility)
        self.add_room.setText(QCoreApplication.translate("ProgrammeForm", u"New room\u2026", None))
        self.statusLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"status", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Summar&y", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.summary.setToolTip(QCoreApplication.translate("ProgrammeForm", u"The abstract printed under the title. Markdown: *emphasis*, **bold**, lists, links.", None))
#endif // QT_CONFIG(tooltip)
        self.problemLabel.setText(QCoreApplication.translate("ProgrammeForm", u"&Problem\n"
"statement", None))
#if QT_CONFIG(accessibility)
        self.problem_statement.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"problem statement", None))
#endif // QT_CONFIG(accessibility)
        self.questionsBox.setTitle(QCoreApplication.translate("ProgrammeForm", u"Guiding questions", None))
#if QT_CONFIG(accessibility)
        self.questions_list.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"guiding questions", None))
#endif // QT_CONFIG(accessibility)
        self.add_question.setText(QCoreApplication.translate("ProgrammeForm", u"Add", None))
        self.remove_question.setText(QCoreApplication.translate("ProgrammeForm", u"Remove", None))
        self.question_up.setText(QCoreApplication.translate("ProgrammeForm", u"Up", None))
        self.question_down.setText(QCoreApplication.translate("ProgrammeForm", u"Down", None))
        self.newQuestionLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Add a &question", None))
#if QT_CONFIG(accessibility)
        self.new_question.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"question to add", None))
#endif // QT_CONFIG(accessibility)
        self.new_question.setPlaceholderText(QCoreApplication.translate("ProgrammeForm", u"Type a question and press Enter", None))
        self.rolesBox.setTitle(QCoreApplication.translate("ProgrammeForm", u"People and r&oles", None))
        ___qtablewidgetitem = self.roles_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProgrammeForm", u"Person", None))
        ___qtablewidgetitem1 = self.roles_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProgrammeForm", u"Role", None))
        ___qtablewidgetitem2 = self.roles_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProgrammeForm", u"Confirmed", None))
#if QT_CONFIG(accessibility)
        self.roles_table.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"people and roles", None))
#endif // QT_CONFIG(accessibility)
        self.remove_role.setText(QCoreApplication.translate("ProgrammeForm", u"Remove", None))
        self.role_up.setText(QCoreApplication.translate("ProgrammeForm", u"Up", None))
        self.role_down.setText(QCoreApplication.translate("ProgrammeForm", u"Down", None))
        self.rolePersonLabel.setText(QCoreApplication.translate("ProgrammeForm", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.role_person.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"person to add", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role_type.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"role to add", None))
#endif // QT_CONFIG(accessibility)
        self.add_role.setText(QCoreApplication.translate("ProgrammeForm", u"Add person", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Descr&iption", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"description", None))
#endif // QT_CONFIG(accessibility)
        self.previewLabel.setText(QCoreApplication.translate("ProgrammeForm", u"As printed", None))
#if QT_CONFIG(accessibility)
        self.text_preview.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"session text as printed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.text_preview.setToolTip(QCoreApplication.translate("ProgrammeForm", u"The summary, problem statement and description formatted as the programme prints them.", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Private &notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"private notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("ProgrammeForm", u"For the team only; never printed on the programme.", None))
        self.frenchBox.setTitle(QCoreApplication.translate("ProgrammeForm", u"In French (for a bilingual programme)", None))
#if QT_CONFIG(tooltip)
        self.frenchBox.setToolTip(QCoreApplication.translate("ProgrammeForm", u"What the French programme prints for this session; where a text is left empty it prints the English.", None))
#endif // QT_CONFIG(tooltip)
        self.titleFrLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Tit&le in French", None))
#if QT_CONFIG(accessibility)
        self.title_fr.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"title in French", None))
#endif // QT_CONFIG(accessibility)
        self.summaryFrLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Summary in French", None))
#if QT_CONFIG(accessibility)
        self.summary_fr.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"summary in French", None))
#endif // QT_CONFIG(accessibility)
        self.problemFrLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Problem statement\n"
"in French", None))
#if QT_CONFIG(accessibility)
        self.problem_statement_fr.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"problem statement in French", None))
#endif // QT_CONFIG(accessibility)
        self.questionsFrLabel.setText(QCoreApplication.translate("ProgrammeForm", u"Guiding questions\n"
"in French", None))
        ___qtablewidgetitem3 = self.questions_fr.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProgrammeForm", u"Question", None))
        ___qtablewidgetitem4 = self.questions_fr.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ProgrammeForm", u"In French", None))
#if QT_CONFIG(accessibility)
        self.questions_fr.setAccessibleName(QCoreApplication.translate("ProgrammeForm", u"guiding questions in French", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.questions_fr.setToolTip(QCoreApplication.translate("ProgrammeForm", u"Double-click a question's French cell (or press F2) to type its French version.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

