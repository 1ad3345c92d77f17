#pragma once

#include "domain/Address.h"
#include "domain/EnumText.h"
#include "domain/RecordMeta.h"

#include <optional>

enum class AccountType
{
    Customer,
    Prospect,
    Partner,
    Supplier,
    Competitor,
    Other,
};

template <> struct EnumText<AccountType>
{
    static constexpr std::array values{
        std::pair{AccountType::Customer, "customer"},     std::pair{AccountType::Prospect, "prospect"},
        std::pair{AccountType::Partner, "partner"},       std::pair{AccountType::Supplier, "supplier"},
        std::pair{AccountType::Competitor, "competitor"}, std::pair{AccountType::Other, "other"}};
};

// A legal entity we deal with (khách hàng); an individual customer is an account flagged isIndividual.
struct Account
{
    RecordMeta meta;

    QString name;
    AccountType type = AccountType::Customer;
    bool isIndividual = false;
    QString taxCode; // MST: 10 digits, 10-3 for a branch, 12 for an individual
    QString phone;   // normalized key
    QString email;
    QString website;
    QString industry;
    Address address;
    std::optional<qint64> ownerId;
    QString notes;
};
