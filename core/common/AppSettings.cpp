#include "common/AppSettings.h"

#include "common/DisplayFormat.h"
#include "common/Translations.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString userNameKey = QStringLiteral("user/name");
const QString recentKey = QStringLiteral("files/recent");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString currentListKey = QStringLiteral("window/list");

} // namespace

AppSettings::AppSettings(QSettings &settings) : m_settings(settings) {}

QString AppSettings::language() const
{
    const QString language = m_settings.value(languageKey).toString();
    return language == QLatin1String("en") ? language : Translations::defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

QString AppSettings::userName() const
{
    const QString name = m_settings.value(userNameKey).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

void AppSettings::setUserName(const QString &userName)
{
    m_settings.setValue(userNameKey, userName.trimmed());
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(recentKey).toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    m_settings.setValue(recentKey, recent.mid(0, maxRecentDatabases));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

QString AppSettings::defaultOwner() const
{
    return m_settings.value(QStringLiteral("work/defaultOwner")).toString();
}

void AppSettings::setDefaultOwner(const QString &userName)
{
    m_settings.setValue(QStringLiteral("work/defaultOwner"), userName);
}

QString AppSettings::dateStyle() const
{
    return m_settings.value(QStringLiteral("display/date"), QStringLiteral("dmy")).toString();
}

void AppSettings::setDateStyle(const QString &style)
{
    m_settings.setValue(QStringLiteral("display/date"), style);
}

QString AppSettings::moneyStyle() const
{
    return m_settings.value(QStringLiteral("display/money"), QStringLiteral("symbol")).toString();
}

void AppSettings::setMoneyStyle(const QString &style)
{
    m_settings.setValue(QStringLiteral("display/money"), style);
}

void AppSettings::applyDisplayFormat() const
{
    DisplayFormat::configure(DisplayFormat::dateStyleFromWord(dateStyle()),
                             DisplayFormat::moneyStyleFromWord(moneyStyle()));
}

QList<std::pair<QString, QJsonObject>> AppSettings::savedViews(const QString &list) const
{
    // One JSON array per list keeps the order and survives any characters in a view's name.
    const QJsonArray stored =
        QJsonDocument::fromJson(m_settings.value(QStringLiteral("lists/%1/views").arg(list)).toByteArray())
            .array();
    QList<std::pair<QString, QJsonObject>> views;
    for (const QJsonValue &value : stored) {
        const QJsonObject view = value.toObject();
        const QString name = view.value(QLatin1StringView("name")).toString();
        if (!name.isEmpty())
            views.append({name, view.value(QLatin1StringView("filter")).toObject()});
    }
    return views;
}

void AppSettings::setSavedViews(const QString &list, const QList<std::pair<QString, QJsonObject>> &views)
{
    QJsonArray stored;
    for (const auto &[name, filter] : views)
        stored.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("filter"), filter}});
    m_settings.setValue(QStringLiteral("lists/%1/views").arg(list),
                        QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

QByteArray AppSettings::listColumns(const QString &list) const
{
    return m_settings.value(QStringLiteral("lists/%1/columns").arg(list)).toByteArray();
}

void AppSettings::setListColumns(const QString &list, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("lists/%1/columns").arg(list), state);
}

bool AppSettings::sortNamesAToZ() const
{
    return m_settings.value(QStringLiteral("lists/nameOrder")).toString() == QStringLiteral("full");
}

void AppSettings::setSortNamesAToZ(bool aToZ)
{
    m_settings.setValue(QStringLiteral("lists/nameOrder"),
                        aToZ ? QStringLiteral("full") : QStringLiteral("given"));
}

bool AppSettings::dealsAsBoard() const
{
    return m_settings.value(QStringLiteral("lists/opportunities/board")).toBool();
}

void AppSettings::setDealsAsBoard(bool board)
{
    m_settings.setValue(QStringLiteral("lists/opportunities/board"), board);
}

QString AppSettings::currentList() const
{
    return m_settings.value(currentListKey).toString();
}

void AppSettings::setCurrentList(const QString &list)
{
    m_settings.setValue(currentListKey, list);
}

QString AppSettings::systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("sencrm") : name;
}
