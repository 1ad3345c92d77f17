#pragma once

#include "domain/LostReason.h"
#include "pipeline/LostReasonChoice.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

// Asked when deals are dropped on a lost stage: why they were lost (from the editable list kept in
// settings) and an optional note. Nothing moves without a reason.
class LostReasonDialog : public QDialog
{
    Q_OBJECT

public:
    LostReasonDialog(const QList<LostReason> &reasons, const QString &stageName, int dealCount,
                     QWidget *parent = nullptr);

    LostReasonChoice choice() const;
    QComboBox *reasons() const { return m_reasons; }
    QLineEdit *note() const { return m_note; }

    // Shows the dialog and returns the choice, or nothing when the user cancelled.
    static std::optional<LostReasonChoice> ask(QWidget *parent, const QList<LostReason> &reasons,
                                               const QString &stageName, int dealCount);

private:
    QComboBox *m_reasons = nullptr;
    QLineEdit *m_note = nullptr;
};
