#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

// The rules a new staff password must meet before it is hashed: length, letters and digits, no
// surrounding spaces, not the user name, not a well-known password. check() names the first rule
// broken; describe() is the hint shown under the password field.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ow::PasswordPolicy)

public:
    static constexpr int MinLength = 10;  // characters (Unicode code points)
    static constexpr int MaxLength = 128; // characters (Unicode code points)
    static constexpr int MinUserNameLength = 3;

    static Status check(const QString& password, const QString& userName);
    static QString describe();
};

} // namespace ow
