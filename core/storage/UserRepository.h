#pragma once

#include "domain/User.h"
#include "storage/Repository.h"

class UserRepository : public Repository<User>
{
public:
    explicit UserRepository(Database &database);
    static const TableMapping<User> &mapping();

    // The user with this login name, created on first use (a new office member starting the app).
    Result<User> ensure(const QString &name, const QString &displayName = {});
};
