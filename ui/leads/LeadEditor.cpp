#include "leads/LeadEditor.h"

#include "services/Lookups.h"
#include "text/Provinces.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

LeadEditor::LeadEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_generalError->hide();
    layout->addWidget(m_generalError);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(m_form);
    layout->addStretch(1);

    m_fullName = addLine(QStringLiteral("full_name"));
    m_salutation = addCombo(QStringLiteral("salutation"), true);
    // Xưng hô: how the salesperson addresses the customer, used in calls and messages.
    m_salutation->addItems({QString(), QStringLiteral("anh"), QStringLiteral("chị"), QStringLiteral("ông"),
                            QStringLiteral("bà"), QStringLiteral("em")});
    m_phone = addLine(QStringLiteral("phone"));
    m_phone2 = addLine(QStringLiteral("phone2"));
    m_zalo = addLine(QStringLiteral("zalo_phone"));
    m_email = addLine(QStringLiteral("email"));
    m_company = addLine(QStringLiteral("company"));
    m_jobTitle = addLine(QStringLiteral("job_title"));
    m_taxCode = addLine(QStringLiteral("tax_code"));
    m_street = addLine(QStringLiteral("street"));
    m_commune = addLine(QStringLiteral("commune"));
    m_province = addCombo(QStringLiteral("province"), true);
    m_province->addItem(QString());
    m_province->addItems(Provinces::all());
    m_source = addCombo(QStringLiteral("source"), false);
    m_status = addCombo(QStringLiteral("status"), false);
    m_owner = addCombo(QStringLiteral("owner"), false);
    m_qualification = addCombo(QStringLiteral("qualification"), false);
    m_temperature = addCombo(QStringLiteral("temperature"), false);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 4);
    addRow(QStringLiteral("notes"), m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setModified(true); });

    for (int level = 0; level < int(EnumText<QualificationLevel>::values.size()); ++level)
        m_qualification->addItem(QString(), level);
    for (int temperature = 0; temperature < int(EnumText<Temperature>::values.size()); ++temperature)
        m_temperature->addItem(QString(), temperature);
    retranslate();
}

QLineEdit *LeadEditor::addLine(const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    addRow(field, edit);
    connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        if (m_modified)
            Q_EMIT fieldLeft(field);
    });
    return edit;
}

QComboBox *LeadEditor::addCombo(const QString &field, bool editable)
{
    auto *box = new QComboBox(this);
    box->setEditable(editable);
    if (editable) {
        box->setInsertPolicy(QComboBox::NoInsert);
        connect(box->lineEdit(), &QLineEdit::textEdited, this, [this] { setModified(true); });
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, [this, field] {
            if (m_modified)
                Q_EMIT fieldLeft(field);
        });
    }
    connect(box, &QComboBox::currentIndexChanged, this, [this] { setModified(true); });
    addRow(field, box);
    return box;
}

void LeadEditor::addRow(const QString &field, QWidget *editor)
{
    Field row;
    row.editor = editor;
    row.label = new QLabel(this);
    row.label->setBuddy(editor);
    row.error = new QLabel(this);
    row.error->setWordWrap(true);
    row.error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    row.error->hide();
    // The message sits right under its field, inside the same form row.
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    editor->setParent(cell);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(row.error);
    m_form->addRow(row.label, cell);
    m_fields.insert(field, row);
    m_order.append(field);
}

void LeadEditor::retranslate()
{
    const QHash<QString, QString> labels{
        {QStringLiteral("full_name"), tr("&Full name")},
        {QStringLiteral("salutation"), tr("Salutation")},
        {QStringLiteral("phone"), tr("&Phone")},
        {QStringLiteral("phone2"), tr("Phone 2")},
        {QStringLiteral("zalo_phone"), tr("Zalo")},
        {QStringLiteral("email"), tr("&Email")},
        {QStringLiteral("company"), tr("&Company")},
        {QStringLiteral("job_title"), tr("Job title")},
        {QStringLiteral("tax_code"), tr("Tax code")},
        {QStringLiteral("street"), tr("Address")},
        {QStringLiteral("commune"), tr("Ward/commune")},
        {QStringLiteral("province"), tr("Province/City")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("owner"), tr("Owner")},
        {QStringLiteral("qualification"), tr("Qualification")},
        {QStringLiteral("temperature"), tr("Temperature")},
        {QStringLiteral("notes"), tr("Notes")},
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it->label->setText(labels.value(it.key()));
    m_phone->setPlaceholderText(tr("e.g. 0912 345 678"));
    m_email->setPlaceholderText(tr("e.g. ten@congty.vn"));
    m_taxCode->setPlaceholderText(tr("10 digits, 10-3 for a branch, or 12"));
    const bool wasLoading = std::exchange(m_loading, true);
    const QStringList levels{tr("Not qualified"), tr("MQL (marketing)"), tr("SQL (sales)"),
                             tr("PQL (product)")};
    for (int i = 0; i < m_qualification->count(); ++i)
        m_qualification->setItemText(i, levels.value(i));
    const QStringList temperatures{tr("Cold"), tr("Warm"), tr("Hot")};
    for (int i = 0; i < m_temperature->count(); ++i)
        m_temperature->setItemText(i, temperatures.value(i));
    if (m_source->count() > 0)
        m_source->setItemText(0, tr("(none)"));
    if (m_status->count() > 0)
        m_status->setItemText(0, tr("(none)"));
    if (m_owner->count() > 0)
        m_owner->setItemText(0, tr("(nobody)"));
    m_loading = wasLoading;
}

void LeadEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeadEditor::setLookups(const Lookups &lookups)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_source->clear();
    m_source->addItem(tr("(none)"));
    for (const Source &source : lookups.sources())
        m_source->addItem(source.name, source.meta.id);
    m_status->clear();
    m_status->addItem(tr("(none)"));
    for (const LeadStatus &status : lookups.statuses())
        m_status->addItem(status.name, status.meta.id);
    m_owner->clear();
    m_owner->addItem(tr("(nobody)"));
    for (const User &user : lookups.users())
        m_owner->addItem(lookups.userDisplayName(user.meta.id), user.meta.id);
    m_loading = wasLoading;
}

void LeadEditor::selectData(QComboBox *box, const std::optional<qint64> &id)
{
    const int index = id ? box->findData(*id) : 0;
    box->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<qint64> LeadEditor::selectedId(const QComboBox *box)
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

void LeadEditor::setLead(const Lead &lead)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_lead = lead;
    m_fullName->setText(lead.fullName);
    m_salutation->setCurrentText(lead.salutation);
    m_phone->setText(lead.phone);
    m_phone2->setText(lead.phone2);
    m_zalo->setText(lead.zaloPhone);
    m_email->setText(lead.email);
    m_company->setText(lead.company);
    m_jobTitle->setText(lead.jobTitle);
    m_taxCode->setText(lead.taxCode);
    m_street->setText(lead.address.street);
    m_commune->setText(lead.address.commune);
    m_province->setCurrentText(lead.address.province);
    selectData(m_source, lead.sourceId);
    selectData(m_status, lead.statusId);
    selectData(m_owner, lead.ownerId);
    m_qualification->setCurrentIndex(int(lead.qualification));
    m_temperature->setCurrentIndex(int(lead.temperature));
    m_notes->setPlainText(lead.notes);
    m_loading = wasLoading;
    clearErrors();
    setModified(false);
}

Lead LeadEditor::lead() const
{
    Lead lead = m_lead;
    lead.fullName = m_fullName->text();
    lead.salutation = m_salutation->currentText();
    lead.phone = m_phone->text();
    lead.phone2 = m_phone2->text();
    lead.zaloPhone = m_zalo->text();
    lead.email = m_email->text();
    lead.company = m_company->text();
    lead.jobTitle = m_jobTitle->text();
    lead.taxCode = m_taxCode->text();
    lead.address.street = m_street->text();
    lead.address.commune = m_commune->text();
    lead.address.province = m_province->currentText();
    lead.sourceId = selectedId(m_source);
    lead.statusId = selectedId(m_status);
    lead.ownerId = selectedId(m_owner);
    lead.qualification = QualificationLevel(m_qualification->currentIndex());
    lead.temperature = Temperature(m_temperature->currentIndex());
    lead.notes = m_notes->toPlainText();
    return lead;
}

void LeadEditor::setReadOnly(bool readOnly)
{
    for (const Field &field : std::as_const(m_fields))
        field.editor->setEnabled(!readOnly);
}

void LeadEditor::setModified(bool modified)
{
    if (m_loading || modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void LeadEditor::showError(const Error &error, bool focus)
{
    const auto field = m_fields.constFind(error.field);
    if (field == m_fields.cend()) {
        m_generalError->setText(error.message);
        m_generalError->show();
        return;
    }
    field->error->setText(error.message);
    field->error->show();
    if (focus)
        field->editor->setFocus(Qt::OtherFocusReason);
}

void LeadEditor::clearError(const QString &field)
{
    if (const auto found = m_fields.constFind(field); found != m_fields.cend()) {
        found->error->clear();
        found->error->hide();
    }
}

void LeadEditor::clearErrors()
{
    m_generalError->clear();
    m_generalError->hide();
    for (const Field &field : std::as_const(m_fields)) {
        field.error->clear();
        field.error->hide();
    }
}

QString LeadEditor::errorText(const QString &field) const
{
    if (field.isEmpty())
        return m_generalError->isHidden() ? QString() : m_generalError->text();
    const auto found = m_fields.constFind(field);
    return found == m_fields.cend() || found->error->isHidden() ? QString() : found->error->text();
}

QWidget *LeadEditor::fieldWidget(const QString &field) const
{
    return m_fields.value(field).editor;
}
