#pragma once

#include "common/Result.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>
#include <tuple>

struct Address;
class Lookups;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The form of a record panel: labelled rows, each with its message right under the field, a modified
// flag, read-only mode, and the rows every kind of record has (address, owner, notes). Typing is never
// intercepted (Telex and VNI rewrite text with backspaces): a field announces that it was left, its
// owner checks it through the service and shows or clears the message; everything is checked again on
// save. Editors derive from this (through RecordEditor) and only add their own rows.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    // What a line holds: its placeholder shows an example, and the matching FieldRules check runs
    // when the user leaves it.
    enum class Hint
    {
        None,
        Phone,
        Email,
        TaxCode,
        Amount,
        Date,
    };

    explicit RecordForm(QWidget *parent = nullptr);

    bool isModified() const { return m_modified; }
    void setReadOnly(bool readOnly);
    // What the form itself must check before a service can see the record: text that has to be a
    // number, a date or a chosen record. Every problem, each naming its field; none by default.
    virtual QList<Error> inputErrors() const;
    // The problem with one field on its own, as the user leaves it: the form's input check, then the
    // field rule its kind implies (a phone, an email, a tax code, an amount). The service checks the
    // whole record too, but stops at its first problem, which may be another field still empty.
    std::optional<Error> fieldError(const QString &field) const;

    // Shows error under its field (or above the form when it names none), and puts the cursor there
    // when focus is true (on save; not when the user just left the field for another).
    void showError(const Error &error, bool focus = true);
    void clearError(const QString &field);
    void clearErrors();
    // The message shown under a field ("phone", "email", …), empty when none; "" for the one above.
    QString errorText(const QString &field) const;
    // The widget editing a field, for tests and focus.
    QWidget *fieldWidget(const QString &field) const;
    void focusFirstField();

    // Labels and placeholders in the current language; editors add theirs and call this first.
    virtual void retranslate();

    static void selectData(QComboBox *box, const std::optional<qint64> &id);
    static std::optional<qint64> selectedId(const QComboBox *box);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    // A field was left after an edit: the owner checks the record and calls showError/clearError.
    void fieldLeft(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

    QLineEdit *addLine(const QString &field, Hint hint = Hint::None);
    QComboBox *addCombo(const QString &field, bool editable);
    QCheckBox *addCheck(const QString &field);
    // The rows of a person (a lead, a contact): full_name, salutation (xưng hô: anh, chị, …), phone,
    // phone2, zalo_phone and email.
    void addPersonRows();
    // Street, commune and one of the 34 provinces, as fields "street", "commune" and "province".
    void addAddress();
    // The users to assign the record to; field is the name the service's errors use.
    QComboBox *addOwner(const QString &field);
    void addNotes();
    // A row for a widget the form does not know: the caller reports edits with markModified() and
    // leaving with leaveField().
    void addRow(const QString &field, QWidget *editor);
    void setLabel(const QString &field, const QString &text);

    void markModified() { setModified(true); }
    void leaveField(const QString &field);
    // Fills the widgets without counting it as an edit; then clears messages and the modified flag.
    void load(const std::function<void()> &fill);
    // Changes widgets (their items, their texts) without counting it as an edit.
    void quietly(const std::function<void()> &change);
    bool isLoading() const { return m_loading; }

    // A person's fields in the order of the rows: full name, salutation, phone, phone 2, Zalo, email.
    using Person = std::tuple<QString, QString, QString, QString, QString, QString>;
    void setPerson(const Person &person);
    Person person() const;
    void setAddress(const Address &address);
    void readAddress(Address &address) const;
    void setOwners(const Lookups &lookups);
    QComboBox *owner() const { return m_owner; }
    void setNotes(const QString &notes);
    QString notes() const;

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };
    void setModified(bool modified);

    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QHash<QString, std::pair<QLineEdit *, Hint>> m_hints;
    std::array<QLineEdit *, 6> m_person{}; // full name, (salutation: m_salutation), phones, Zalo, email
    QComboBox *m_salutation = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_commune = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_owner = nullptr;
    QString m_ownerField;
    QPlainTextEdit *m_notes = nullptr;
    bool m_modified = false;
    bool m_loading = false;
};
