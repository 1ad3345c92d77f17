#include "opportunities/OpportunityEditor.h"

#include "services/FieldRules.h"
#include "widgets/AccountField.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace {

const QString dateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

OpportunityEditor::OpportunityEditor(QWidget *parent) : RecordEditor<Opportunity>(parent)
{
    m_name = addLine(QStringLiteral("name"));
    m_account = new AccountField(this);
    addRow(QStringLiteral("account_id"), m_account);
    connect(m_account, &QLineEdit::textEdited, this, &OpportunityEditor::markModified);
    connect(m_account, &QLineEdit::editingFinished, this,
            [this] { leaveField(QStringLiteral("account_id")); });
    connect(m_account, &AccountField::accountChosen, this, [this] {
        markModified();
        leaveField(QStringLiteral("account_id"));
    });
    m_amount = addLine(QStringLiteral("amount"), Hint::Amount);
    m_amount->setAlignment(Qt::AlignRight);
    // Once left, a valid amount is shown the way it will be stored and displayed: 150.000.000.
    connect(m_amount, &QLineEdit::editingFinished, this, [this] {
        if (Result<qint64> amount = FieldRules::amount(m_amount->text()); amount.ok() && *amount >= 0)
            m_amount->setText(*amount == 0 && m_amount->text().trimmed().isEmpty()
                                  ? QString()
                                  : QLocale().toString(*amount));
    });
    m_pipeline = addCombo(QStringLiteral("pipeline_id"), false);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &OpportunityEditor::fillStages);
    m_stage = addCombo(QStringLiteral("stage_id"), false);
    connect(m_stage, &QComboBox::activated, this, &OpportunityEditor::stageChosen);
    m_closeDate = addLine(QStringLiteral("expected_close_date"), Hint::Date);
    m_probability = new QSpinBox(this);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    addRow(QStringLiteral("probability"), m_probability);
    connect(m_probability, &QSpinBox::valueChanged, this, &OpportunityEditor::markModified);
    addOwner(QStringLiteral("owner_id"));
    m_source = addCombo(QStringLiteral("source_id"), false);
    addNotes();
    retranslate();
}

void OpportunityEditor::retranslate()
{
    RecordForm::retranslate();
    setLabel(QStringLiteral("name"), tr("&Name"));
    setLabel(QStringLiteral("account_id"), tr("&Account"));
    setLabel(QStringLiteral("amount"), tr("A&mount (₫)"));
    setLabel(QStringLiteral("pipeline_id"), tr("Pipeline"));
    setLabel(QStringLiteral("stage_id"), tr("Stage"));
    setLabel(QStringLiteral("expected_close_date"), tr("Expected close"));
    setLabel(QStringLiteral("probability"), tr("Probability"));
    setLabel(QStringLiteral("source_id"), tr("Source"));
    m_account->setPlaceholderText(tr("Type part of the name, tax code or phone"));
    if (m_source->count() > 0)
        quietly([this] { m_source->setItemText(0, tr("(none)")); });
}

void OpportunityEditor::setChoices(Database &database, const Lookups &lookups)
{
    m_lookups = lookups;
    m_account->setDatabase(&database);
    quietly([this] {
        m_pipeline->clear();
        for (const Pipeline &pipeline : m_lookups.pipelines())
            m_pipeline->addItem(pipeline.name, pipeline.meta.id);
        m_source->clear();
        m_source->addItem(tr("(none)"));
        for (const Source &source : m_lookups.sources())
            m_source->addItem(source.name, source.meta.id);
    });
    setOwners(lookups);
}

void OpportunityEditor::fillStages()
{
    const std::optional<qint64> pipeline = selectedId(m_pipeline);
    QList<Stage> stages;
    for (const Stage &stage : m_lookups.stages()) {
        if (pipeline && stage.pipelineId == *pipeline)
            stages.append(stage);
    }
    std::stable_sort(stages.begin(), stages.end(),
                     [](const Stage &a, const Stage &b) { return a.position < b.position; });
    m_stage->clear();
    for (const Stage &stage : std::as_const(stages))
        m_stage->addItem(stage.name, stage.meta.id);
    // A deal moved to another pipeline starts at that pipeline's first stage.
    if (!isLoading())
        stageChosen();
}

void OpportunityEditor::stageChosen()
{
    // The likelihood follows the stage the user picks; they can still type their own afterwards.
    if (const std::optional<qint64> id = selectedId(m_stage))
        if (const Stage *stage = m_lookups.stage(*id))
            m_probability->setValue(stage->probability);
}

void OpportunityEditor::setRecord(const Opportunity &opportunity)
{
    load([this, &opportunity] {
        m_opportunity = opportunity;
        m_name->setText(opportunity.name);
        m_account->setAccountId(opportunity.accountId);
        m_amount->setText(opportunity.meta.isNew() && opportunity.amount == 0
                              ? QString()
                              : QLocale().toString(opportunity.amount));
        selectData(m_pipeline, opportunity.pipelineId);
        fillStages();
        selectData(m_stage, opportunity.stageId);
        m_closeDate->setText(opportunity.expectedCloseDate.isValid()
                                 ? QLocale().toString(opportunity.expectedCloseDate, dateFormat)
                                 : QString());
        m_probability->setValue(opportunity.probability);
        selectData(owner(), opportunity.ownerId);
        selectData(m_source, opportunity.sourceId);
        setNotes(opportunity.notes);
    });
}

QDate OpportunityEditor::closeDate() const
{
    const QString text = m_closeDate->text().trimmed();
    QDate date = QDate::fromString(text, dateFormat);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    return date;
}

Opportunity OpportunityEditor::record() const
{
    Opportunity opportunity = m_opportunity;
    opportunity.name = m_name->text();
    opportunity.accountId = m_account->accountId();
    // inputErrors() reports text that is no amount; the record then keeps the amount it had.
    if (Result<qint64> amount = FieldRules::amount(m_amount->text()); amount.ok())
        opportunity.amount = *amount;
    opportunity.pipelineId = selectedId(m_pipeline).value_or(0);
    opportunity.stageId = selectedId(m_stage).value_or(0);
    opportunity.expectedCloseDate = closeDate();
    opportunity.probability = m_probability->value();
    opportunity.ownerId = selectedId(owner());
    opportunity.sourceId = selectedId(m_source);
    opportunity.notes = notes();
    return opportunity;
}

QList<Error> OpportunityEditor::inputErrors() const
{
    QList<Error> errors;
    if (Result<void> account = m_account->checkInput(QStringLiteral("account_id")); !account.ok())
        errors << account.error();
    if (Result<qint64> amount = FieldRules::amount(m_amount->text()); !amount.ok())
        errors << amount.error();
    if (!m_closeDate->text().trimmed().isEmpty() && !closeDate().isValid())
        errors << Error::invalid(QStringLiteral("expected_close_date"),
                                 tr("“%1” is not a date; type it as dd/mm/yyyy, e.g. 30/06/2026.")
                                     .arg(m_closeDate->text().trimmed()));
    return errors;
}
