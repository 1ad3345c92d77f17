#include "pipeline/LostReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LostReasonDialog::LostReasonDialog(const QList<LostReason> &reasons, const QString &stageName, int dealCount,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Why was it lost?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Moving %n deal(s) to “%1”. Choose why the deal was lost; the reason "
                                "is kept for the win/loss report.",
                                nullptr, dealCount)
                                 .arg(stageName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_reasons = new QComboBox(this);
    for (const LostReason &reason : reasons)
        m_reasons->addItem(reason.name, reason.meta.id);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Optional: what happened"));
    form->addRow(tr("&Reason:"), m_reasons);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as lost"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_reasons->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

LostReasonChoice LostReasonDialog::choice() const
{
    return {m_reasons->currentData().toLongLong(), m_note->text().trimmed()};
}

std::optional<LostReasonChoice> LostReasonDialog::ask(QWidget *parent, const QList<LostReason> &reasons,
                                                      const QString &stageName, int dealCount)
{
    LostReasonDialog dialog(reasons, stageName, dealCount, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}
