#include "settings/LostReasonsPage.h"

#include "services/PipelineSettingsService.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/LostReasonRepository.h"
#include "widgets/InlineMessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LostReasonsPage::LostReasonsPage(Database &database, QWidget *parent) : QWidget(parent), m_database(database)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add = new QPushButton(this);
    m_rename = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_message = new InlineMessage(this);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &LostReasonsPage::addReason);
    connect(m_rename, &QPushButton::clicked, this, &LostReasonsPage::renameReason);
    connect(m_remove, &QPushButton::clicked, this, &LostReasonsPage::removeReason);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &LostReasonsPage::renameReason);
    connect(m_list, &QListWidget::currentRowChanged, this, &LostReasonsPage::updateButtons);
    connect(&database.changes(), &ChangeFeed::recordsChanged, this, &LostReasonsPage::recordsChanged);

    retranslate();
    reload();
}

void LostReasonsPage::retranslate()
{
    m_intro->setText(tr("A deal dropped on a lost stage is asked why it was lost, from this list. Removing a "
                        "reason keeps it on the deals already lost for it."));
    m_add->setText(tr("&Add…"));
    m_rename->setText(tr("&Rename…"));
    m_remove->setText(tr("Re&move"));
}

void LostReasonsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LostReasonsPage::reload()
{
    const LostReason *current = currentReason();
    const qint64 currentId = current ? current->meta.id : 0;
    Result<QList<LostReason>> reasons =
        LostReasonRepository(m_database).list(ListQuery().sortBy(QStringLiteral("position")));
    if (!reasons.ok()) {
        m_message->showMessage(reasons.error().message);
        return;
    }
    m_reasons = *reasons;
    m_list->clear();
    for (const LostReason &reason : std::as_const(m_reasons)) {
        m_list->addItem(reason.name);
        if (reason.meta.id == currentId)
            m_list->setCurrentRow(m_list->count() - 1);
    }
    updateButtons();
}

void LostReasonsPage::recordsChanged(const QString &entity, const QList<qint64> &)
{
    if (entity == u"lost_reason")
        reload();
}

const LostReason *LostReasonsPage::currentReason() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_reasons.size() ? &m_reasons.at(row) : nullptr;
}

QStringList LostReasonsPage::reasonNames() const
{
    QStringList names;
    for (const LostReason &reason : m_reasons)
        names << reason.name;
    return names;
}

bool LostReasonsPage::selectReason(const QString &name)
{
    const int row = int(reasonNames().indexOf(name));
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

void LostReasonsPage::updateButtons()
{
    const bool selected = currentReason() != nullptr;
    m_rename->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void LostReasonsPage::addReason()
{
    const std::optional<QString> name =
        m_prompts.askName(this, tr("Add lost reason"), tr("Why deals are lost:"), QString());
    if (!name)
        return;
    Result<LostReason> added = PipelineSettingsService(m_database).addLostReason(*name);
    if (!added.ok()) {
        m_message->showMessage(added.error().message);
        return;
    }
    m_message->showMessage({});
    selectReason(added->name);
}

void LostReasonsPage::renameReason()
{
    const LostReason *current = currentReason();
    if (!current)
        return;
    const LostReason reason = *current; // the list reloads under us once the rename is committed
    const std::optional<QString> name =
        m_prompts.askName(this, tr("Rename lost reason"),
                          tr("New name for the lost reason “%1”:").arg(reason.name), reason.name);
    if (!name)
        return;
    Result<LostReason> renamed =
        PipelineSettingsService(m_database).renameLostReason(reason.meta.id, *name, reason.meta.version);
    if (!renamed.ok()) {
        m_message->showMessage(renamed.error().message);
        return;
    }
    m_message->showMessage({});
}

void LostReasonsPage::removeReason()
{
    const LostReason *current = currentReason();
    if (!current)
        return;
    const LostReason reason = *current;
    if (!m_prompts.confirm(
            this, tr("Remove lost reason"),
            tr("Remove “%1” from the list? Deals already lost for it keep it.").arg(reason.name)))
        return;
    const int row = m_list->currentRow();
    if (Result<void> removed = PipelineSettingsService(m_database).removeLostReason(reason.meta.id);
        !removed.ok()) {
        m_message->showMessage(removed.error().message);
        return;
    }
    m_message->showMessage({});
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}
