#include "widgets/TextFilterBox.h"

#include <QTimer>

TextFilterBox::TextFilterBox(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(this, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &TextFilterBox::applyNow);
}

void TextFilterBox::applyNow()
{
    m_pause->stop();
    Q_EMIT textSettled(text());
}
