#pragma once

#include "domain/Address.h"
#include "domain/EnumText.h"
#include "domain/RecordMeta.h"

#include <QDate>

#include <optional>

enum class QualificationLevel
{
    None,
    Mql, // marketing-qualified
    Sql, // sales-qualified
    Pql, // product-qualified
};

template <> struct EnumText<QualificationLevel>
{
    static constexpr std::array values{
        std::pair{QualificationLevel::None, "none"}, std::pair{QualificationLevel::Mql, "mql"},
        std::pair{QualificationLevel::Sql, "sql"}, std::pair{QualificationLevel::Pql, "pql"}};
};

enum class Temperature
{
    Cold, // lạnh
    Warm, // ấm
    Hot,  // nóng
};

template <> struct EnumText<Temperature>
{
    static constexpr std::array values{std::pair{Temperature::Cold, "cold"},
                                       std::pair{Temperature::Warm, "warm"},
                                       std::pair{Temperature::Hot, "hot"}};
};

// A person or company that showed interest (khách hàng tiềm năng): raw, unverified, worked until it is
// converted into an account, a contact and perhaps an opportunity.
struct Lead
{
    RecordMeta meta;

    // Name: the full name as written, and its parts (họ, tên đệm, tên) derived from it unless the user
    // corrected the split.
    QString fullName;
    QString familyName;
    QString middleName;
    QString givenName;
    QString salutation; // xưng hô: anh, chị, ông, bà, em

    // Phones are stored as their normalized key (0912345678, or +E.164 for foreign numbers).
    QString phone;
    QString phone2;
    QString zaloPhone;
    QString email;

    QString company;
    QString jobTitle;
    QString taxCode;
    Address address;

    std::optional<qint64> sourceId;
    std::optional<qint64> campaignId;
    std::optional<qint64> ownerId;
    std::optional<qint64> statusId;
    QualificationLevel qualification = QualificationLevel::None;
    Temperature temperature = Temperature::Cold;

    // BANT: each part is "filled" when it has a value.
    QString bantNeed;
    QString bantFit;
    std::optional<qint64> bantBudget; // VND
    QString bantAuthority;            // who decides, or empty when unknown
    QDate bantTimeline;

    int score = 0; // 0–100
    QString notes;

    // Set by the conversion service; a converted lead is read-only.
    QDateTime convertedAt;
    std::optional<qint64> convertedAccountId;
    std::optional<qint64> convertedContactId;
    std::optional<qint64> convertedOpportunityId;

    bool isConverted() const { return convertedAt.isValid(); }
};
