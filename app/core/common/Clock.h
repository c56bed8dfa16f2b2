#pragma once

#include <QDateTime>

namespace ow {

// The time, injectable: lockouts, idle locks, session ages and audit stamps read it, and tests
// move it by hand instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace ow
