#include "activities/TaskDialog.h"

#include "activities/ActivityKindNames.h"
#include "common/DisplayFormat.h"
#include "services/Lookups.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

TaskDialog::TaskDialog(const Lookups &lookups, std::optional<qint64> defaultAssignee, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New task"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. Call back with the quotation"));
    // Follow-ups are usually for tomorrow morning.
    const QDateTime tomorrowMorning(QDate::currentDate().addDays(1), QTime(9, 0));
    m_hasDue = new QCheckBox(tr("Due"), this);
    m_hasDue->setChecked(true);
    m_due = new QDateTimeEdit(tomorrowMorning, this);
    m_due->setDisplayFormat(DisplayFormat::dateTimeEditFormat());
    m_due->setCalendarPopup(true);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    m_priority = new QComboBox(this);
    for (const auto &[priority, word] : EnumText<TaskPriority>::values)
        m_priority->addItem(ActivityKindNames::priority(priority), int(priority));
    m_priority->setCurrentIndex(m_priority->findData(int(TaskPriority::Normal)));
    m_assignee = new QComboBox(this);
    m_assignee->addItem(tr("(nobody)"));
    for (const User &user : lookups.users())
        m_assignee->addItem(lookups.userDisplayName(user.meta.id), user.meta.id);
    if (defaultAssignee)
        m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(*defaultAssignee)));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("Task"), m_title);
    form->addRow(tr("When"), due);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Assignee"), m_assignee);
    form->addRow(tr("Notes"), m_notes);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

Task TaskDialog::task() const
{
    Task task;
    task.title = m_title->text();
    if (m_hasDue->isChecked())
        task.dueAt = m_due->dateTime().toUTC();
    task.priority = TaskPriority(m_priority->currentData().toInt());
    if (const QVariant assignee = m_assignee->currentData(); assignee.isValid())
        task.assigneeId = assignee.toLongLong();
    task.notes = m_notes->toPlainText();
    return task;
}

void TaskDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
