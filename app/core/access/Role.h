#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow {

// Who works at the counter: 窗口人员 clerk, 帮办代办 assisted-service staff, 大厅管理
// supervisor, and the administrator who keeps catalog, users and settings.
enum class Role
{
    Clerk,
    Assisted,
    Supervisor,
    Admin
};

struct Roles
{
    Q_DECLARE_TR_FUNCTIONS(ow::Roles)

public:
    static QString key(Role role); // clerk, assisted, supervisor, admin
    static std::optional<Role> fromKey(const QString& key);
    static QString displayName(Role role); // translated
    static QList<Role> all()
    {
        return {Role::Clerk, Role::Assisted, Role::Supervisor, Role::Admin};
    }
};

} // namespace ow
