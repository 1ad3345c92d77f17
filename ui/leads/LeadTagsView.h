#pragma once

#include "common/Result.h"
#include "domain/Tag.h"
#include "widgets/RecordSubView.h"

class QLabel;
class QToolButton;

// A lead's tags under its name: each with a link that takes it off the lead, and "Add tag…" that
// puts one on (a tag in use, or a new name). Both go through the undo stack like the bulk tagging
// of the list.
class LeadTagsView : public RecordSubView
{
    Q_OBJECT

public:
    explicit LeadTagsView(QWidget *parent = nullptr);

    // The names shown, in order.
    QStringList tagNames() const;
    // Puts the tag of that name on the lead, making the tag when there is none.
    Result<void> addTag(const QString &name);
    Result<void> removeTag(qint64 tagId);
    QLabel *tagsLabel() const { return m_tags; }
    QToolButton *addButton() const { return m_add; }

protected:
    void reload() override;
    void retranslate() override;

private:
    void askForTag();
    void show(const QList<Tag> &tags);

    QLabel *m_tags = nullptr;
    QToolButton *m_add = nullptr;
    QList<Tag> m_shown;
};
