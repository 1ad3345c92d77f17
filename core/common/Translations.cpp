#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool Translations::install(const QString &language)
{
    static QTranslator *qtTranslator = nullptr;
    static QTranslator *qtOwnTranslator = nullptr;
    static QTranslator *appTranslator = nullptr;
    for (QTranslator **translator : {&qtTranslator, &qtOwnTranslator, &appTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }

    const bool english = language == QLatin1String("en");
    if (!english && language != QLatin1String("vi"))
        return false;
    const QLocale locale = english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                   : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    QLocale::setDefault(locale);

    // Installed last wins: Qt's catalogue, then ours for Qt's strings, then the app's.
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    qtOwnTranslator = new QTranslator(QCoreApplication::instance());
    if (qtOwnTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(qtOwnTranslator);
    appTranslator = new QTranslator(QCoreApplication::instance());
    if (appTranslator->load(locale, QStringLiteral("sencrm"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    return true;
}
