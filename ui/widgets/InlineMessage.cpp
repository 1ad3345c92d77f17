#include "widgets/InlineMessage.h"

InlineMessage::InlineMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    setPalette(warning);
    hide();
}

void InlineMessage::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}
