#pragma once

#include "common/Clock.h"

namespace ow::test {

// A clock the test moves by hand: lockouts, idle locks and session ages without sleeping.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void advanceMinutes(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }
    void advanceSeconds(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace ow::test
