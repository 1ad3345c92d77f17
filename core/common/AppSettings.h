#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QSettings;

// The user's preferences, kept with QSettings: language, the name they work under, recently opened
// databases, and the window layout. One place that knows the keys, so the GUI and tests agree on them.
class AppSettings
{
public:
    // settings: the application's QSettings, or an INI file of a test's own.
    explicit AppSettings(QSettings &settings);

    QString language() const; // "vi" (default) or "en"
    void setLanguage(const QString &language);

    // Recorded on every change; defaults to the operating system's user name.
    QString userName() const;
    void setUserName(const QString &userName);

    // The user new leads are given to (login name); empty: whoever creates them.
    QString defaultOwner() const;
    void setDefaultOwner(const QString &userName);
    // Display styles, as DisplayFormat's words ("dmy"/"ymd"; "symbol"/"letter"/"iso").
    QString dateStyle() const;
    void setDateStyle(const QString &style);
    QString moneyStyle() const;
    void setMoneyStyle(const QString &style);
    // Hands the display styles to DisplayFormat.
    void applyDisplayFormat() const;

    // Newest first, at most maxRecentDatabases, without duplicates.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    static constexpr int maxRecentDatabases = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // Column order and widths of one list ("leads", "accounts", …), as QHeaderView::saveState.
    QByteArray listColumns(const QString &list) const;
    void setListColumns(const QString &list, const QByteArray &state);
    // The user's saved views of a list: name → filter as JSON, in the order they were saved.
    QList<std::pair<QString, QJsonObject>> savedViews(const QString &list) const;
    void setSavedViews(const QString &list, const QList<std::pair<QString, QJsonObject>> &views);
    // People's names sort by given name (tên, then họ: the Vietnamese way, default) or A–Z by the
    // full name as written.
    bool sortNamesAToZ() const;
    void setSortNamesAToZ(bool aToZ);
    // Whether the deals were shown as the pipeline board rather than a list.
    bool dealsAsBoard() const;
    void setDealsAsBoard(bool board);
    // The list shown when the window closed.
    QString currentList() const;
    void setCurrentList(const QString &list);

    static QString systemUserName();

private:
    QSettings &m_settings;
};
