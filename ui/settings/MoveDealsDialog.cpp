#include "settings/MoveDealsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

MoveDealsDialog::MoveDealsDialog(const QString &stageName, int dealCount, const QList<Stage> &targets,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete stage"));

    m_question = new QLabel(
        tr("The stage “%1” holds %Ln deal(s). Move them to:", nullptr, dealCount).arg(stageName), this);
    m_question->setWordWrap(true);
    m_target = new QComboBox(this);
    for (const Stage &stage : targets)
        m_target->addItem(stage.name, stage.meta.id);
    m_question->setBuddy(m_target);

    // What happens to the deals is the part people worry about, so it is said before they confirm.
    auto *note = new QLabel(tr("The deals keep their order, their time in the stage and their lost reason; "
                               "they take the new stage's probability. The deleted stage goes to the trash."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move and delete"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_target);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

qint64 MoveDealsDialog::targetStageId() const
{
    return m_target->currentData().toLongLong();
}
