#pragma once

#include <QString>

class QTranslator;

// Loads the user's language: our catalogue (sencrm_<lang>.qm) and, for Vietnamese, our translation of
// Qt's own strings (Qt ships none), and sets the default locale (dd/MM/yyyy, 1.234.567 ₫).
class Translations
{
public:
    // language: "vi" (the default) or "en". Returns false for a language we have no catalogue for.
    static bool install(const QString &language);
    static QString defaultLanguage() { return QStringLiteral("vi"); }
};
