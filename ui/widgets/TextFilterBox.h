#pragma once

#include <QLineEdit>

class QTimer;

// The filter-as-you-type box above a list. Typing is never intercepted (Telex and VNI rewrite text
// with backspaces); the text is announced once it has settled for a moment.
class TextFilterBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit TextFilterBox(QWidget *parent = nullptr);

    // Announces the current text now instead of after the pause.
    void applyNow();

Q_SIGNALS:
    void textSettled(const QString &text);

private:
    QTimer *m_pause = nullptr;
};
