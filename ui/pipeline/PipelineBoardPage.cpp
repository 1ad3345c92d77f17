#include "pipeline/PipelineBoardPage.h"

#include "pipeline/BoardView.h"
#include "pipeline/LostReasonDialog.h"
#include "pipeline/OpportunityBoardModel.h"
#include "services/OpportunityService.h"
#include "storage/Database.h"
#include "widgets/CreateRecordCommand.h"
#include "widgets/InlineMessage.h"
#include "widgets/TextFilterBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// The months the close-month filter offers: from half a year back to a year ahead.
constexpr int monthsBack = 6;
constexpr int monthsAhead = 12;

} // namespace

PipelineBoardPage::PipelineBoardPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_pipeline = new QComboBox(this);
    m_mine = new QCheckBox(this);
    m_source = new QComboBox(this);
    m_campaign = new QComboBox(this);
    m_month = new QComboBox(this);
    m_text = new TextFilterBox(this);
    for (QComboBox *box : {m_source, m_campaign, m_month})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_pipeline);
    filters->addWidget(m_mine);
    filters->addWidget(m_source);
    filters->addWidget(m_campaign);
    filters->addWidget(m_month);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_board = new BoardView(this);
    layout->addWidget(m_board, 1);

    connect(m_pipeline, &QComboBox::activated, this, [this] {
        if (m_model && m_loaded)
            if (Result<void> shown = m_model->setPipeline(m_pipeline->currentData().toLongLong());
                !shown.ok())
                m_message->showMessage(shown.error().message);
    });
    for (QComboBox *box : {m_source, m_campaign, m_month})
        connect(box, &QComboBox::activated, this, &PipelineBoardPage::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &PipelineBoardPage::applyFilter);
    connect(m_text, &TextFilterBox::textSettled, this, &PipelineBoardPage::applyFilter);
    connect(m_board, &BoardView::openRequested, this, &PipelineBoardPage::openRequested);
    connect(m_board, &BoardView::createRequested, this, &PipelineBoardPage::askToCreate);
    retranslate();
}

PipelineBoardPage::~PipelineBoardPage() = default;

void PipelineBoardPage::setDatabase(Database *database, QUndoStack *undoStack,
                                    ServiceCommand::ErrorHandler onError)
{
    m_board->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_loaded = false;
    m_database = database;
    m_undoStack = undoStack;
    m_onError = std::move(onError);
    if (!database)
        return;
    m_model = new OpportunityBoardModel(*database, undoStack, this);
    m_model->setErrorHandler(m_onError);
    m_model->setLostReasonAsker([this](const QString &stageName, int deals) {
        return LostReasonDialog::ask(this, m_model->lookups().lostReasons(), stageName, deals);
    });
    connect(m_model, &OpportunityBoardModel::moveRefused, m_message, &InlineMessage::showMessage);
    // A move that went through clears the message of one that did not.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { m_message->hide(); });
    m_board->setModel(m_model);
    connect(m_model, &OpportunityBoardModel::readFailed, m_message, &InlineMessage::showMessage);
    if (isVisible()) {
        if (Result<void> loaded = load(); !loaded.ok())
            m_message->showMessage(loaded.error().message);
    }
}

Result<void> PipelineBoardPage::load()
{
    if (!m_model || m_loaded)
        return {};
    if (Result<void> read = m_model->reload(); !read.ok())
        return read;
    fillChoices();
    m_model->setFilter(filter());
    m_loaded = true;
    return m_model->setPipeline(m_pipeline->currentData().toLongLong());
}

void PipelineBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (Result<void> loaded = load(); !loaded.ok())
        m_message->showMessage(loaded.error().message);
}

void PipelineBoardPage::fillChoices()
{
    const Lookups &lookups = m_model->lookups();
    const qint64 pipeline = m_pipeline->currentData().toLongLong();
    m_pipeline->clear();
    for (const Pipeline &each : lookups.pipelines())
        m_pipeline->addItem(each.name, each.meta.id);
    const Pipeline *fallback = lookups.defaultPipeline();
    const int chosen = m_pipeline->findData(pipeline ? pipeline : (fallback ? fallback->meta.id : 0));
    m_pipeline->setCurrentIndex(qMax(0, chosen));

    m_source->clear();
    m_source->addItem(QString());
    for (const Source &source : lookups.sources())
        m_source->addItem(source.name, source.meta.id);
    m_campaign->clear();
    m_campaign->addItem(QString());
    for (const Campaign &campaign : lookups.campaigns())
        m_campaign->addItem(campaign.name, campaign.meta.id);
    m_month->clear();
    m_month->addItem(QString());
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    for (int offset = -monthsBack; offset <= monthsAhead; ++offset)
        m_month->addItem(QString(), thisMonth.addMonths(offset));
    m_month->setCurrentIndex(0);
    nameChoices();
}

void PipelineBoardPage::nameChoices()
{
    if (m_source->count() > 0)
        m_source->setItemText(0, tr("All sources"));
    if (m_campaign->count() > 0)
        m_campaign->setItemText(0, tr("All campaigns"));
    if (m_month->count() > 0)
        m_month->setItemText(0, tr("Any close month"));
    for (int item = 1; item < m_month->count(); ++item) {
        const QDate month = m_month->itemData(item).toDate();
        m_month->setItemText(item, tr("Closing %1").arg(month.toString(QStringLiteral("MM/yyyy"))));
    }
}

BoardFilter PipelineBoardPage::filter() const
{
    BoardFilter filter;
    if (m_mine->isChecked() && m_model && m_database) {
        // A user with no row in the file owns no deals yet: -1 matches none.
        Result<User> me = m_model->lookups().userNamed(m_database->userName());
        filter.ownerId = me.ok() ? me->meta.id : -1;
    }
    if (const QVariant source = m_source->currentData(); source.isValid())
        filter.sourceId = source.toLongLong();
    if (const QVariant campaign = m_campaign->currentData(); campaign.isValid())
        filter.campaignId = campaign.toLongLong();
    filter.closeMonth = m_month->currentData().toDate();
    filter.text = m_text->text();
    return filter;
}

void PipelineBoardPage::applyFilter()
{
    if (m_model && m_loaded)
        m_model->setFilter(filter());
}

Result<qint64> PipelineBoardPage::createDeal(qint64 stageId, const QString &name)
{
    if (!m_model || !m_undoStack)
        return Error::invalid(QString(), tr("No database is open."));
    Opportunity deal;
    deal.name = name;
    deal.pipelineId = m_model->pipelineId();
    deal.stageId = stageId;
    if (Result<User> me = m_model->lookups().userNamed(m_database->userName()); me.ok())
        deal.ownerId = me->meta.id;
    Database &db = *m_database;
    auto *command = new CreateRecordCommand(
        db, tr("Add deal %1").arg(name.trimmed()), QStringLiteral("opportunity"),
        [&db, deal]() -> Result<qint64> {
            Result<Opportunity> created = OpportunityService(db).create(deal);
            if (!created.ok())
                return created.error();
            return created->meta.id;
        },
        m_onError);
    if (Result<void> pushed = ServiceCommand::pushTo(*m_undoStack, command); !pushed.ok())
        return pushed.error();
    m_board->selectCard(command->createdId());
    return command->createdId();
}

void PipelineBoardPage::askToCreate(qint64 stageId)
{
    const Stage *stage = m_model ? m_model->lookups().stage(stageId) : nullptr;
    if (!stage)
        return;
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("New deal in “%1”").arg(stage->name),
                                               tr("Deal name:"), QLineEdit::Normal, QString(), &accepted);
    if (!accepted)
        return;
    if (Result<qint64> created = createDeal(stageId, name); !created.ok())
        m_message->showMessage(created.error().message);
}

void PipelineBoardPage::retranslate()
{
    m_pipeline->setToolTip(tr("Pipeline"));
    m_mine->setText(tr("Only mine"));
    m_text->setPlaceholderText(tr("Filter by deal or account name…"));
    nameChoices();
}

void PipelineBoardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
