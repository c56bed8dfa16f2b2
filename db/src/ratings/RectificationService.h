#pragma once

#include "access/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ratings/EvaluationRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ow {

class AccountService;
class Database;

// The call-back (回访) of a rectification: when, whom the supervisor reached, what was said.
// Stored in rectification.callback_record as three parts on their own lines (ISO date, person,
// text); a record written before this form (free text) reads as `said` with no date.
struct CallBack
{
    QDate on;
    QString reached;
    QString said;

    QString text() const;
    static CallBack parse(const QString& record);
    bool operator==(const CallBack&) const = default;
};

// 整改 for the hall's supervisors (Action::HandleRectification): the rectifications opened by a
// rating of 2 or 1, which are due today or overdue, their call-back and their closing note. Every
// change is audited (rectification_called_back, rectification_closed) by EvaluationRepository in
// the same transaction.
class RectificationService
{
    Q_DECLARE_TR_FUNCTIONS(ow::RectificationService)

public:
    enum class Filter
    {
        Open,     // every open one
        DueToday, // open, due today
        Overdue,  // open, due before today
        Closed,
        All,
    };
    // What the list shows for one rectification.
    enum class State
    {
        Open,
        DueToday,
        Overdue,
        Closed,
    };

    RectificationService(Database& database, const WorkCalendar& calendar, const Clock& clock,
                         AccountService& accounts)
        : m_repository(database, calendar), m_clock(clock), m_accounts(accounts)
    {}

    // The earliest due first.
    Result<QList<Rectification>> list(const Session& session, Filter filter);
    // Refused: a date in the future or before the rectification was opened, nobody reached,
    // nothing said, a closed or unknown rectification.
    Status recordCallBack(const Session& session, const Rectification& rectification,
                          const CallBack& callBack);
    // Refused: no note, no call-back recorded yet, a closed or unknown rectification.
    Status close(const Session& session, const Rectification& rectification, const QString& note);

    static State stateOf(const Rectification& rectification, const QDate& today);
    QDate today() const { return m_clock.now().toLocalTime().date(); }

private:
    EvaluationRepository m_repository;
    const Clock& m_clock;
    AccountService& m_accounts;
};

} // namespace ow
