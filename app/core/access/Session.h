#pragma once

#include "access/Role.h"

#include <QDateTime>
#include <QString>

namespace ow {

// 大厅与窗口: the hall this workstation belongs to and its window number.
struct HallSetup
{
    QString centerCode;
    QString centerName;
    int window = 0;
    int idleLockMinutes = 5;
};

// A person's account, without its password hash.
struct UserAccount
{
    QString name;        // sign-in name: lower-case letters, digits, . _ -
    QString displayName; // shown in the status bar and on documents
    Role role = Role::Clerk;
    QString centerCode;
    bool demo = false; // made by --demo: its password was printed on a console
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
};

// Who is signed in at this window, since when. A session older than a shift must sign in again.
struct Session
{
    static constexpr int MaxAgeHours = 12;

    UserAccount user;
    HallSetup hall;
    QDateTime signedInAt;

    bool isExpired(const QDateTime& now) const
    {
        return signedInAt.secsTo(now) > MaxAgeHours * 3600;
    }
    QString windowLabel() const
    {
        return QStringLiteral("%1-%2").arg(hall.centerCode).arg(hall.window);
    }
};

} // namespace ow
