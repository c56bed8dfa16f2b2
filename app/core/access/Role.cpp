#include "access/Role.h"

namespace ow {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Assisted:
        return QStringLiteral("assisted");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (const Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("counter clerk");
    case Role::Assisted:
        return tr("assisted-service staff");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Admin:
        return tr("administrator");
    }
    return QString();
}

} // namespace ow
