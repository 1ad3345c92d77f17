#include "storage/UserRepository.h"

UserRepository::UserRepository(Database &database) : Repository<User>(database, mapping()) {}

const TableMapping<User> &UserRepository::mapping()
{
    static const TableMapping<User> table = [] {
        TableMapping<User> m{QStringLiteral("user"), QStringLiteral("users"), {}};
        m.field("name", &User::name)
            .field("display_name", &User::displayName)
            .field("email", &User::email)
            .field("phone", &User::phone)
            .field("active", &User::active);
        return m;
    }();
    return table;
}

Result<User> UserRepository::ensure(const QString &name, const QString &displayName)
{
    ListQuery byName = ListQuery().where(QStringLiteral("name"), FilterOp::Equal, name);
    byName.trash = TrashFilter::All; // names stay unique even for users in the trash
    Result<std::optional<User>> found = findFirst(byName);
    if (!found.ok())
        return found.error();
    if (*found)
        return **found;
    User user;
    user.name = name;
    user.displayName = displayName.isEmpty() ? name : displayName;
    return create(user);
}
