#pragma once

#include <QLabel>

// A refusal said in place, in red under what the user acted on (a settings page, the board), instead
// of a dialog to click away; hidden while there is nothing to say.
class InlineMessage : public QLabel
{
    Q_OBJECT

public:
    explicit InlineMessage(QWidget *parent = nullptr);

    // Shows message; an empty one hides the label.
    void showMessage(const QString &message);
};
