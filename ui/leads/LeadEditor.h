#pragma once

#include "common/Error.h"
#include "domain/Lead.h"

#include <QHash>
#include <QWidget>

class Lookups;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The form behind a lead: every editable field, the lists to choose from, and the messages that say
// what is wrong. Typing is never intercepted (Telex and VNI rewrite text with backspaces); a field is
// checked when the user leaves it, and everything is checked again on save.
class LeadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LeadEditor(QWidget *parent = nullptr);

    // The choices for source, status and owner; call before setLead.
    void setLookups(const Lookups &lookups);
    // Shows lead (meta.id 0: a new one); clears messages and the modified flag.
    void setLead(const Lead &lead);
    // The lead as shown, with the form's values over the one given to setLead.
    Lead lead() const;
    bool isModified() const { return m_modified; }
    void setReadOnly(bool readOnly);

    // Shows error under its field (or above the form when it names none), and puts the cursor there
    // when focus is true (on save; not when the user just left the field for another).
    void showError(const Error &error, bool focus = true);
    void clearError(const QString &field);
    void clearErrors();
    // The message shown under a field ("phone", "email", …), empty when none.
    QString errorText(const QString &field) const;
    // The widget editing a field, for tests and focus.
    QWidget *fieldWidget(const QString &field) const;

    void retranslate();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    // A field was left: the owner checks the lead and calls showError/clearError for that field.
    void fieldLeft(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };
    QLineEdit *addLine(const QString &field);
    QComboBox *addCombo(const QString &field, bool editable);
    void addRow(const QString &field, QWidget *editor);
    void setModified(bool modified);
    static void selectData(QComboBox *box, const std::optional<qint64> &id);
    static std::optional<qint64> selectedId(const QComboBox *box);

    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QLineEdit *m_fullName = nullptr;
    QComboBox *m_salutation = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_phone2 = nullptr;
    QLineEdit *m_zalo = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_commune = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_qualification = nullptr;
    QComboBox *m_temperature = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    Lead m_lead;
    bool m_modified = false;
    bool m_loading = false;
};
