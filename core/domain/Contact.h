#pragma once

#include "domain/Address.h"
#include "domain/EnumText.h"
#include "domain/RecordMeta.h"

#include <optional>

enum class ContactRole
{
    Unknown,
    DecisionMaker,
    Influencer,
    User,
    Gatekeeper,
};

template <> struct EnumText<ContactRole>
{
    static constexpr std::array values{
        std::pair{ContactRole::Unknown, "unknown"}, std::pair{ContactRole::DecisionMaker, "decision_maker"},
        std::pair{ContactRole::Influencer, "influencer"}, std::pair{ContactRole::User, "user"},
        std::pair{ContactRole::Gatekeeper, "gatekeeper"}};
};

// A person (liên hệ), belonging to at most one account with a role there.
struct Contact
{
    RecordMeta meta;

    QString fullName;
    QString familyName;
    QString middleName;
    QString givenName;
    QString salutation;

    std::optional<qint64> accountId;
    ContactRole role = ContactRole::Unknown;
    QString jobTitle;

    QString phone;
    QString phone2;
    QString zaloPhone;
    QString email;
    Address address;

    std::optional<qint64> ownerId;
    std::optional<qint64> leadId; // the lead it was converted from
    QString notes;
};
