#include "activities/ActivityDialog.h"

#include "activities/ActivityKindNames.h"
#include "common/DisplayFormat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

ActivityDialog::ActivityDialog(ActivityKind kind, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Log activity"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_kind = new QComboBox(this);
    for (const auto &[value, word] : EnumText<ActivityKind>::values)
        m_kind->addItem(ActivityKindNames::name(value), int(value));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityDialog::kindChanged);
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setDisplayFormat(DisplayFormat::dateTimeEditFormat());
    m_when->setCalendarPopup(true);
    m_subject = new QLineEdit(this);
    m_outcome = new QComboBox(this);
    m_outcome->setEditable(true);
    m_outcome->setInsertPolicy(QComboBox::NoInsert);
    m_duration = new QSpinBox(this);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSuffix(tr(" min"));
    m_body = new QPlainTextEdit(this);
    m_body->setTabChangesFocus(true);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("Details"), m_body);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    kindChanged();
    resize(480, sizeHint().height());
}

void ActivityDialog::kindChanged()
{
    const ActivityKind kind = ActivityKind(m_kind->currentData().toInt());
    const QString typed = m_outcome->currentText();
    m_outcome->clear();
    m_outcome->addItem(QString());
    m_outcome->addItems(ActivityKindNames::usualOutcomes(kind));
    m_outcome->setCurrentText(typed);
    m_duration->setEnabled(kind == ActivityKind::Call || kind == ActivityKind::Meeting);
}

Activity ActivityDialog::activity() const
{
    Activity activity;
    activity.kind = ActivityKind(m_kind->currentData().toInt());
    activity.occurredAt = m_when->dateTime().toUTC();
    activity.subject = m_subject->text();
    activity.outcome = m_outcome->currentText();
    activity.durationMinutes = m_duration->isEnabled() ? m_duration->value() : 0;
    activity.body = m_body->toPlainText();
    return activity;
}

void ActivityDialog::setActivity(const Activity &activity)
{
    m_kind->setCurrentIndex(m_kind->findData(int(activity.kind)));
    if (activity.occurredAt.isValid())
        m_when->setDateTime(activity.occurredAt.toLocalTime());
    m_subject->setText(activity.subject);
    m_outcome->setCurrentText(activity.outcome);
    m_duration->setValue(activity.durationMinutes);
    m_body->setPlainText(activity.body);
}

void ActivityDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
