#include "leads/LeadTagsView.h"

#include "leads/TagLeadsCommand.h"
#include "services/TagService.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolButton>

namespace {

const QString removeLinkPrefix = QStringLiteral("remove-tag:");

} // namespace

LeadTagsView::LeadTagsView(QWidget *parent) : RecordSubView(QStringLiteral("lead"), parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tags = new QLabel(this);
    m_tags->setTextFormat(Qt::RichText);
    m_tags->setWordWrap(true);
    m_tags->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_tags, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!link.startsWith(removeLinkPrefix))
            return;
        if (Result<void> removed = removeTag(link.mid(removeLinkPrefix.size()).toLongLong()); !removed.ok())
            reportError(removed.error());
    });
    m_add = new QToolButton(this);
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, &LeadTagsView::askForTag);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_add);
    retranslate();
}

void LeadTagsView::retranslate()
{
    m_add->setText(tr("Add tag…"));
    m_add->setToolTip(tr("Put a tag on this lead"));
    show(m_shown);
}

void LeadTagsView::reload()
{
    setVisible(hasRecord());
    if (!hasRecord() || !record().leadId)
        return show({});
    Result<QList<Tag>> tags = TagService(*database()).tagsOfLead(*record().leadId);
    show(tags.ok() ? *tags : QList<Tag>());
}

void LeadTagsView::show(const QList<Tag> &tags)
{
    m_shown = tags;
    if (tags.isEmpty()) {
        m_tags->setText(tr("No tags"));
        return;
    }
    // Each tag reads as a chip with its own ×, which takes it off (Vietnamese tags are short phrases,
    // so a comma-free row of chips stays readable).
    QStringList chips;
    for (const Tag &tag : tags) {
        chips << QStringLiteral("<span style=\"background:#eef3e6;\">&nbsp;%1&nbsp;<a href=\"%2%3\" "
                                "title=\"%4\" style=\"text-decoration:none;\">×</a>&nbsp;</span>")
                     .arg(tag.name.toHtmlEscaped(), removeLinkPrefix, QString::number(tag.meta.id),
                          tr("Remove the tag “%1”").arg(tag.name).toHtmlEscaped());
    }
    m_tags->setText(tr("Tags: %1").arg(chips.join(QStringLiteral(" &nbsp;"))));
}

QStringList LeadTagsView::tagNames() const
{
    QStringList names;
    for (const Tag &tag : m_shown)
        names << tag.name;
    return names;
}

Result<void> LeadTagsView::addTag(const QString &name)
{
    if (Result<void> ready = requireDatabase(); !ready.ok())
        return ready;
    if (!record().leadId)
        return Error::invalid(QStringLiteral("tag"), tr("Save the lead before tagging it."));
    Result<Tag> tag = TagService(*database()).ensure(name);
    if (!tag.ok())
        return tag.error();
    return push(new TagLeadsCommand(*database(), TagLeadsCommand::Change::Add, tag->meta.id, tag->name,
                                    {*record().leadId}, errorHandler()));
}

Result<void> LeadTagsView::removeTag(qint64 tagId)
{
    if (Result<void> ready = requireDatabase(); !ready.ok())
        return ready;
    const auto shown = std::find_if(m_shown.cbegin(), m_shown.cend(),
                                    [tagId](const Tag &tag) { return tag.meta.id == tagId; });
    if (!record().leadId || shown == m_shown.cend())
        return Error::invalid(QStringLiteral("tag"), tr("The lead does not have this tag."));
    return push(new TagLeadsCommand(*database(), TagLeadsCommand::Change::Remove, tagId, shown->name,
                                    {*record().leadId}, errorHandler()));
}

void LeadTagsView::askForTag()
{
    if (!database())
        return;
    // The tags in use are offered first; typing a new name makes a new tag.
    QStringList names;
    if (Result<QList<Tag>> all = TagRepository(*database()).list(ListQuery()); all.ok()) {
        for (const Tag &tag : std::as_const(*all)) {
            if (!tagNames().contains(tag.name))
                names << tag.name;
        }
    }
    QCollator collator{QLocale()};
    std::sort(names.begin(), names.end(), collator);
    bool accepted = false;
    const QString name = QInputDialog::getItem(
        this, tr("Add tag"), tr("Tag (choose one or type a new name):"), names, 0, true, &accepted);
    if (!accepted || name.trimmed().isEmpty())
        return;
    if (Result<void> added = addTag(name); !added.ok())
        reportError(added.error());
}
