#include "leads/LeadFilterBar.h"

#include "common/AppSettings.h"
#include "services/Lookups.h"
#include "text/Provinces.h"
#include "widgets/TextFilterBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString listKey = QStringLiteral("leads");
const QString mineData = QStringLiteral("mine");

// The view every salesperson starts with; its name follows the language.
LeadFilter myHotLeads()
{
    LeadFilter filter;
    filter.mine = true;
    filter.temperature = Temperature::Hot;
    return filter;
}

} // namespace

LeadFilterBar::LeadFilterBar(AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    auto *third = new QHBoxLayout;
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addLayout(third);

    m_text = new TextFilterBox(this);
    m_text->setMinimumWidth(160);
    connect(m_text, &TextFilterBox::textSettled, this, &LeadFilterBar::announce);
    m_views = new QComboBox(this);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_views->setMinimumContentsLength(12);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyView(m_views->itemText(index));
    });
    m_saveView = new QPushButton(this);
    connect(m_saveView, &QPushButton::clicked, this, &LeadFilterBar::askViewName);
    m_clear = new QPushButton(this);
    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter(LeadFilter()); });
    first->addWidget(m_text, 2);
    first->addWidget(m_views, 1);
    first->addWidget(m_saveView);
    first->addWidget(m_clear);

    m_status = addBox();
    m_temperature = addBox();
    m_qualification = addBox();
    m_source = addBox();
    m_owner = addBox();
    m_province = addBox();
    m_tag = addBox();
    m_campaign = addBox();
    m_created = addBox();
    m_updated = addBox();
    // What the lead is (status, interest, qualification, where it came from), then whose, where, how
    // tagged and when.
    for (QComboBox *box : {m_status, m_temperature, m_qualification, m_source, m_campaign})
        second->addWidget(box, 1);
    for (QComboBox *box : {m_owner, m_province, m_tag, m_created, m_updated})
        third->addWidget(box, 1);
    m_trash = new QCheckBox(this);
    connect(m_trash, &QCheckBox::toggled, this, &LeadFilterBar::announce);
    first->addWidget(m_trash);

    m_temperature->addItem(QString());
    for (const auto &[temperature, word] : EnumText<Temperature>::values)
        m_temperature->addItem(QString(), int(temperature));
    m_qualification->addItem(QString());
    for (const auto &[level, word] : EnumText<QualificationLevel>::values) {
        if (level != QualificationLevel::None)
            m_qualification->addItem(QString(), int(level));
    }
    m_province->addItem(QString());
    for (const QString &province : Provinces::all())
        m_province->addItem(province, province);
    fillPeriods(m_created);
    fillPeriods(m_updated);
    m_status->addItem(QString());
    m_source->addItem(QString());
    m_tag->addItem(QString());
    m_campaign->addItem(QString());
    m_owner->addItem(QString());
    m_owner->addItem(QString(), mineData);
    retranslate();
    rebuildViews();
}

QComboBox *LeadFilterBar::addBox()
{
    auto *box = new QComboBox(this);
    // As wide as the box's name (retranslate), narrower in a small window: the bar must not decide how
    // wide the main window can be.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    box->setMinimumWidth(60);
    connect(box, &QComboBox::currentIndexChanged, this, &LeadFilterBar::announce);
    return box;
}

void LeadFilterBar::fillPeriods(QComboBox *box)
{
    for (const auto &[period, word] : EnumText<DatePeriod>::values)
        box->addItem(QString(), int(period));
}

void LeadFilterBar::retranslate()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_text->setPlaceholderText(tr("Filter by name, phone, email or company…"));
    m_saveView->setText(tr("Save view…"));
    m_clear->setText(tr("Clear filters"));
    m_trash->setText(tr("Trash"));
    m_trash->setToolTip(tr("Show the leads in the trash, to restore them"));
    m_status->setItemText(0, tr("Status"));
    m_temperature->setItemText(0, tr("Temperature"));
    const QStringList temperatures{tr("Cold"), tr("Warm"), tr("Hot")};
    for (int i = 1; i < m_temperature->count(); ++i)
        m_temperature->setItemText(i, temperatures.value(i - 1));
    m_qualification->setItemText(0, tr("Qualification"));
    const QStringList levels{tr("MQL"), tr("SQL"), tr("PQL")};
    for (int i = 1; i < m_qualification->count(); ++i)
        m_qualification->setItemText(i, levels.value(i - 1));
    m_source->setItemText(0, tr("Source"));
    m_owner->setItemText(0, tr("Owner"));
    m_owner->setItemText(1, tr("Mine"));
    m_province->setItemText(0, tr("Province"));
    m_tag->setItemText(0, tr("Tag"));
    m_campaign->setItemText(0, tr("Campaign"));
    const QStringList created{tr("Created"),
                              tr("Created today"),
                              tr("Created in 7 days"),
                              tr("Created in 30 days"),
                              tr("Created this month"),
                              tr("Created this year")};
    const QStringList updated{tr("Updated"),
                              tr("Updated today"),
                              tr("Updated in 7 days"),
                              tr("Updated in 30 days"),
                              tr("Updated this month"),
                              tr("Updated this year")};
    for (int i = 0; i < m_created->count(); ++i) {
        m_created->setItemText(i, created.value(i));
        m_updated->setItemText(i, updated.value(i));
    }
    // With nothing chosen a box shows its own name ("Trạng thái"), and is as wide as that name.
    for (QComboBox *box : {m_status, m_temperature, m_qualification, m_source, m_campaign, m_owner,
                           m_province, m_tag, m_created, m_updated})
        box->setMinimumContentsLength(int(box->itemText(0).size()) + 3);
    m_loading = wasLoading;
    rebuildViews();
}

void LeadFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeadFilterBar::setLookups(const Lookups &lookups)
{
    const LeadFilter current = filter();
    const bool wasLoading = std::exchange(m_loading, true);
    while (m_status->count() > 1)
        m_status->removeItem(1);
    for (const LeadStatus &status : lookups.statuses())
        m_status->addItem(status.name, status.meta.id);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const Source &source : lookups.sources())
        m_source->addItem(source.name, source.meta.id);
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    for (const Tag &tag : lookups.tags())
        m_tag->addItem(tag.name, tag.meta.id);
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    for (const Campaign &campaign : lookups.campaigns())
        m_campaign->addItem(campaign.name, campaign.meta.id);
    while (m_owner->count() > 2)
        m_owner->removeItem(2);
    for (const User &user : lookups.users())
        m_owner->addItem(lookups.userDisplayName(user.meta.id), user.meta.id);
    m_loading = wasLoading;
    setFilter(current);
}

void LeadFilterBar::selectData(QComboBox *box, const QVariant &data)
{
    const int index = data.isValid() ? box->findData(data) : 0;
    box->setCurrentIndex(qMax(0, index));
}

LeadFilter LeadFilterBar::filter() const
{
    const auto id = [](const QComboBox *box) {
        const QVariant data = box->currentData();
        return data.isValid() && data.typeId() != QMetaType::QString
                   ? std::optional<qint64>(data.toLongLong())
                   : std::nullopt;
    };
    LeadFilter filter;
    filter.text = m_text->text();
    filter.statusId = id(m_status);
    filter.sourceId = id(m_source);
    filter.campaignId = id(m_campaign);
    filter.tagId = id(m_tag);
    filter.mine = m_owner->currentData() == mineData;
    filter.ownerId = id(m_owner);
    if (const QVariant data = m_temperature->currentData(); data.isValid())
        filter.temperature = Temperature(data.toInt());
    if (const QVariant data = m_qualification->currentData(); data.isValid())
        filter.qualification = QualificationLevel(data.toInt());
    filter.province = m_province->currentData().toString();
    filter.created = DatePeriod(m_created->currentData().toInt());
    filter.updated = DatePeriod(m_updated->currentData().toInt());
    filter.trash = m_trash->isChecked();
    return filter;
}

void LeadFilterBar::setFilter(const LeadFilter &filter)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_text->setText(filter.text);
    selectData(m_status, filter.statusId ? QVariant(*filter.statusId) : QVariant());
    selectData(m_source, filter.sourceId ? QVariant(*filter.sourceId) : QVariant());
    selectData(m_campaign, filter.campaignId ? QVariant(*filter.campaignId) : QVariant());
    selectData(m_tag, filter.tagId ? QVariant(*filter.tagId) : QVariant());
    selectData(m_owner,
               filter.mine ? QVariant(mineData) : (filter.ownerId ? QVariant(*filter.ownerId) : QVariant()));
    selectData(m_temperature, filter.temperature ? QVariant(int(*filter.temperature)) : QVariant());
    selectData(m_qualification, filter.qualification ? QVariant(int(*filter.qualification)) : QVariant());
    selectData(m_province, filter.province.isEmpty() ? QVariant() : QVariant(filter.province));
    selectData(m_created, int(filter.created));
    selectData(m_updated, int(filter.updated));
    m_trash->setChecked(filter.trash);
    m_loading = wasLoading;
    announce();
}

void LeadFilterBar::announce()
{
    if (m_loading)
        return;
    Q_EMIT filterChanged(filter());
}

QStringList LeadFilterBar::viewNames() const
{
    QStringList names{tr("My hot leads")};
    for (const auto &[name, json] : m_settings.savedViews(listKey))
        names << name;
    return names;
}

bool LeadFilterBar::applyView(const QString &name)
{
    if (name == tr("My hot leads")) {
        setFilter(myHotLeads());
        return true;
    }
    for (const auto &[viewName, json] : m_settings.savedViews(listKey)) {
        if (viewName == name) {
            setFilter(LeadFilter::fromJson(json));
            return true;
        }
    }
    return false;
}

void LeadFilterBar::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QList<std::pair<QString, QJsonObject>> views = m_settings.savedViews(listKey);
    views.removeIf([&trimmed](const auto &view) { return view.first == trimmed; });
    views.append({trimmed, filter().toJson()});
    m_settings.setSavedViews(listKey, views);
    rebuildViews();
}

void LeadFilterBar::askViewName()
{
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &accepted);
    if (accepted)
        saveView(name.normalized(QString::NormalizationForm_C));
}

void LeadFilterBar::rebuildViews()
{
    if (!m_views)
        return;
    m_views->clear();
    m_views->addItem(tr("Views…"));
    m_views->addItems(viewNames());
}
