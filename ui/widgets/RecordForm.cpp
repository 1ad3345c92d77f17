#include "widgets/RecordForm.h"

#include "domain/Address.h"
#include "services/FieldRules.h"
#include "services/Lookups.h"
#include "text/PhoneNumbers.h"
#include "text/Provinces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RecordForm::RecordForm(QWidget *parent) : QWidget(parent)
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
}

QLineEdit *RecordForm::addLine(const QString &field, Hint hint)
{
    auto *edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    addRow(field, edit);
    connect(edit, &QLineEdit::textEdited, this, &RecordForm::markModified);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { leaveField(field); });
    if (hint != Hint::None)
        m_hints.insert(field, {edit, hint});
    return edit;
}

QComboBox *RecordForm::addCombo(const QString &field, bool editable)
{
    auto *box = new QComboBox(this);
    box->setEditable(editable);
    if (editable) {
        box->setInsertPolicy(QComboBox::NoInsert);
        connect(box->lineEdit(), &QLineEdit::textEdited, this, &RecordForm::markModified);
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, [this, field] { leaveField(field); });
    }
    connect(box, &QComboBox::currentIndexChanged, this, &RecordForm::markModified);
    addRow(field, box);
    return box;
}

QCheckBox *RecordForm::addCheck(const QString &field)
{
    auto *box = new QCheckBox(this);
    connect(box, &QCheckBox::toggled, this, &RecordForm::markModified);
    addRow(field, box);
    return box;
}

void RecordForm::addPersonRows()
{
    m_person[0] = addLine(QStringLiteral("full_name"));
    m_salutation = addCombo(QStringLiteral("salutation"), true);
    m_salutation->addItems({QString(), QStringLiteral("anh"), QStringLiteral("chị"), QStringLiteral("ông"),
                            QStringLiteral("bà"), QStringLiteral("em")});
    m_person[2] = addLine(QStringLiteral("phone"), Hint::Phone);
    m_person[3] = addLine(QStringLiteral("phone2"), Hint::Phone);
    m_person[4] = addLine(QStringLiteral("zalo_phone"), Hint::Phone);
    m_person[5] = addLine(QStringLiteral("email"), Hint::Email);
}

void RecordForm::setPerson(const Person &person)
{
    const auto &[fullName, salutation, phone, phone2, zaloPhone, email] = person;
    m_person[0]->setText(fullName);
    m_salutation->setCurrentText(salutation);
    // Stored phones are keys (0912345678); people read and type them grouped (0912 345 678), and the
    // service takes either form back.
    m_person[2]->setText(PhoneNumbers::display(phone));
    m_person[3]->setText(PhoneNumbers::display(phone2));
    m_person[4]->setText(PhoneNumbers::display(zaloPhone));
    m_person[5]->setText(email);
}

RecordForm::Person RecordForm::person() const
{
    return {m_person[0]->text(), m_salutation->currentText(), m_person[2]->text(),
            m_person[3]->text(), m_person[4]->text(),         m_person[5]->text()};
}

void RecordForm::addAddress()
{
    m_street = addLine(QStringLiteral("street"));
    m_commune = addLine(QStringLiteral("commune"));
    m_province = addCombo(QStringLiteral("province"), true);
    m_province->addItem(QString());
    m_province->addItems(Provinces::all());
}

QComboBox *RecordForm::addOwner(const QString &field)
{
    m_owner = addCombo(field, false);
    m_ownerField = field;
    return m_owner;
}

void RecordForm::addNotes()
{
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 4);
    addRow(QStringLiteral("notes"), m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &RecordForm::markModified);
}

void RecordForm::addRow(const QString &field, QWidget *editor)
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

void RecordForm::setLabel(const QString &field, const QString &text)
{
    if (const auto found = m_fields.constFind(field); found != m_fields.cend())
        found->label->setText(text);
}

void RecordForm::retranslate()
{
    setLabel(QStringLiteral("full_name"), tr("&Full name"));
    setLabel(QStringLiteral("salutation"), tr("Salutation"));
    setLabel(QStringLiteral("phone"), tr("&Phone"));
    setLabel(QStringLiteral("phone2"), tr("Phone 2"));
    setLabel(QStringLiteral("zalo_phone"), tr("Zalo"));
    setLabel(QStringLiteral("email"), tr("&Email"));
    setLabel(QStringLiteral("street"), tr("Address"));
    setLabel(QStringLiteral("commune"), tr("Ward/commune"));
    setLabel(QStringLiteral("province"), tr("Province/City"));
    setLabel(QStringLiteral("notes"), tr("Notes"));
    for (const auto &[edit, hint] : std::as_const(m_hints)) {
        switch (hint) {
        case Hint::Phone:
            edit->setPlaceholderText(tr("e.g. 0912 345 678"));
            break;
        case Hint::Email:
            edit->setPlaceholderText(tr("e.g. ten@congty.vn"));
            break;
        case Hint::TaxCode:
            edit->setPlaceholderText(tr("10 digits, 10-3 for a branch, or 12"));
            break;
        case Hint::Amount:
            edit->setPlaceholderText(tr("e.g. 150.000.000"));
            break;
        case Hint::Date:
            edit->setPlaceholderText(tr("dd/mm/yyyy"));
            break;
        case Hint::None:
            break;
        }
    }
    if (m_owner) {
        setLabel(m_ownerField, tr("Owner"));
        if (m_owner->count() > 0)
            quietly([this] { m_owner->setItemText(0, tr("(nobody)")); });
    }
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordForm::setOwners(const Lookups &lookups)
{
    quietly([this, &lookups] {
        m_owner->clear();
        m_owner->addItem(tr("(nobody)"));
        for (const User &user : lookups.users())
            m_owner->addItem(lookups.userDisplayName(user.meta.id), user.meta.id);
    });
}

void RecordForm::setAddress(const Address &address)
{
    m_street->setText(address.street);
    m_commune->setText(address.commune);
    m_province->setCurrentText(address.province);
}

void RecordForm::readAddress(Address &address) const
{
    address.street = m_street->text();
    address.commune = m_commune->text();
    address.province = m_province->currentText();
}

void RecordForm::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

QString RecordForm::notes() const
{
    return m_notes->toPlainText();
}

void RecordForm::selectData(QComboBox *box, const std::optional<qint64> &id)
{
    const int index = id ? box->findData(*id) : 0;
    box->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<qint64> RecordForm::selectedId(const QComboBox *box)
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

QList<Error> RecordForm::inputErrors() const
{
    return {};
}

std::optional<Error> RecordForm::fieldError(const QString &field) const
{
    for (const Error &error : inputErrors()) {
        if (error.field == field)
            return error;
    }
    const auto hinted = m_hints.constFind(field);
    if (hinted == m_hints.cend())
        return std::nullopt;
    const QString text = hinted->first->text();
    const auto problem = [](const auto &checked) {
        return checked.ok() ? std::nullopt : std::optional<Error>(checked.error());
    };
    switch (hinted->second) {
    case Hint::Phone:
        return problem(FieldRules::phone(text, field));
    case Hint::Email:
        return problem(FieldRules::email(text, field));
    case Hint::TaxCode:
        return problem(FieldRules::taxCode(text, field));
    case Hint::Amount:
        return problem(FieldRules::amount(text, field));
    case Hint::Date:
    case Hint::None:
        break;
    }
    return std::nullopt;
}

void RecordForm::leaveField(const QString &field)
{
    if (m_modified)
        Q_EMIT fieldLeft(field);
}

void RecordForm::load(const std::function<void()> &fill)
{
    quietly(fill);
    clearErrors();
    setModified(false);
}

void RecordForm::quietly(const std::function<void()> &change)
{
    const bool wasLoading = std::exchange(m_loading, true);
    change();
    m_loading = wasLoading;
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (const Field &field : std::as_const(m_fields))
        field.editor->setEnabled(!readOnly);
}

void RecordForm::setModified(bool modified)
{
    if (m_loading || modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void RecordForm::showError(const Error &error, bool focus)
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

void RecordForm::clearError(const QString &field)
{
    if (const auto found = m_fields.constFind(field); found != m_fields.cend()) {
        found->error->clear();
        found->error->hide();
    }
}

void RecordForm::clearErrors()
{
    m_generalError->clear();
    m_generalError->hide();
    for (const Field &field : std::as_const(m_fields)) {
        field.error->clear();
        field.error->hide();
    }
}

QString RecordForm::errorText(const QString &field) const
{
    if (field.isEmpty())
        return m_generalError->isHidden() ? QString() : m_generalError->text();
    const auto found = m_fields.constFind(field);
    return found == m_fields.cend() || found->error->isHidden() ? QString() : found->error->text();
}

QWidget *RecordForm::fieldWidget(const QString &field) const
{
    return m_fields.value(field).editor;
}

void RecordForm::focusFirstField()
{
    if (!m_order.isEmpty())
        fieldWidget(m_order.constFirst())->setFocus(Qt::OtherFocusReason);
}
