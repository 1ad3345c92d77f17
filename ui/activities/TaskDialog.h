#pragma once

#include "domain/Task.h"

#include <QDialog>

class Lookups;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// A follow-up to do: what, by when, how urgent, and who does it.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    // lookups gives the people to assign to; defaultAssignee is preselected.
    TaskDialog(const Lookups &lookups, std::optional<qint64> defaultAssignee, QWidget *parent = nullptr);

    Task task() const;
    void showError(const QString &message);

    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *dueEdit() const { return m_due; }

private:
    QLineEdit *m_title = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};
