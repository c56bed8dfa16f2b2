#pragma once

#include "calendar/WorkCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ow {

class AuditLog;
class Database;

// 好差评 for the customer window and the dashboard's tests: the applicant's rating of a decided
// case, once; a score of 1 or 2 opens its rectification (整改) due a number of working days later
// on the holiday calendar. Stored by EvaluationRepository (db/src/ratings, with the call-back
// and closing of rectifications); this is the narrow interface the customer window uses.
class RatingRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ow::RatingRecorder)

public:
    static constexpr int DefaultRectificationDays = 5;

    enum class Channel
    {
        Window, // the customer-facing window after the decision
        Qr,     // later, by scanning the receipt's QR code
        Spoken, // the applicant's spoken answer, keyed in by the helper (accessibility mode)
    };

    struct Rating
    {
        QString caseId;
        int score = 0; // 1 非常不满意 … 5 非常满意
        Channel channel = Channel::Window;
        QDateTime at;
    };

    RatingRecorder(Database& database, const WorkCalendar& calendar)
        : m_database(database), m_calendar(calendar)
    {}

    // One transaction: the rating, its rectification (score ≤ 2: due rectificationDays working
    // days after the rating's local day) and the audit record case_rated (subject: the case
    // number, detail: score and channel) by recordedBy. Refused: an unknown or undecided case, a
    // score outside 1–5, a case already rated. Returns the rectification's due day, if opened.
    Result<std::optional<QDate>> record(const Rating& rating, const QString& recordedBy,
                                        AuditLog& audit,
                                        int rectificationDays = DefaultRectificationDays);
    // The score given to a case, 0 when none.
    Result<int> scoreOf(const QString& caseId) const;

    static QString channelKey(Channel channel); // window, qr, spoken

private:
    Database& m_database;
    const WorkCalendar& m_calendar;
};

} // namespace ow
