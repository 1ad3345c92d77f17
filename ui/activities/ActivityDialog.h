#pragma once

#include "domain/Activity.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Logging what happened with a customer: the kind (call, Zalo, …), when, how it went and what was said.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActivityDialog(ActivityKind kind, QWidget *parent = nullptr);

    // The activity as filled in (related records are the caller's).
    Activity activity() const;
    void setActivity(const Activity &activity);
    // Shows a message from the service (the dialog stays open).
    void showError(const QString &message);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *bodyEdit() const { return m_body; }

private:
    void kindChanged();

    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_outcome = nullptr;
    QSpinBox *m_duration = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_error = nullptr;
};
