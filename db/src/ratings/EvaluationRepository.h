#pragma once

#include "calendar/WorkCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class AuditLog;
class Database;

// 好差评: the applicant's rating of one case, 非常满意 5 … 非常不满意 1.
struct Evaluation
{
    enum class Channel
    {
        Window, // the customer-facing window, right after the decision
        Qr,     // later, by scanning the receipt's QR code
        Phone,  // a call-back or the hotline
        Spoken, // said aloud to the assisted-service helper, who keys it in (accessibility mode)
    };

    QString caseId;
    int score = 0;
    Channel channel = Channel::Window;
    QDateTime at;
    QString comment;

    bool operator==(const Evaluation&) const = default;
};

// 整改: what a rating of 1 or 2 opens — due a number of working days after the rating, a
// call-back record and, to close it, a note.
struct Rectification
{
    QString caseId;
    QString caseNumber;
    int score = 0;
    QDate openedOn;
    int workingDays = 0;
    QDate dueDate;
    bool dueProvisional = false;
    QString callbackRecord;
    QString closingNote;
    QDateTime closedAt;
    QString closedBy;

    bool isClosed() const { return closedAt.isValid(); }
    bool operator==(const Rectification&) const = default;
};

// Ratings and rectifications in the local database. A rating and the rectification it opens are
// stored in one transaction with their audit record; a case is rated once.
class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ow::EvaluationRepository)

public:
    static constexpr int DefaultRectificationDays = 5;
    static constexpr int RectificationThreshold = 2; // a score of 2 or less opens one

    EvaluationRepository(Database& database, const WorkCalendar& calendar)
        : m_database(database), m_calendar(calendar)
    {}

    // Stores the rating of a decided case (refused: an unknown or undecided case, a score outside
    // 1..5, a second rating of the same case). A score of 2 or less opens a rectification due
    // rectificationDays working days after the rating's local date. Audit: case_rated (subject:
    // the case number, detail: score and channel) appended by recordedBy. Returns the
    // rectification opened, if any.
    Result<std::optional<Rectification>> record(const Evaluation& evaluation,
                                                const QString& recordedBy, AuditLog& audit,
                                                int rectificationDays = DefaultRectificationDays);

    Result<std::optional<Evaluation>> find(const QString& caseId) const;

    enum class Which
    {
        All,
        Open,
        Closed
    };
    // Rectifications, the earliest due first.
    Result<QList<Rectification>> rectifications(Which which = Which::All) const;

    // The call-back (回访) record of an open rectification; replaces the earlier text.
    Status recordCallBack(const QString& caseId, const QString& record, const QString& userName,
                          AuditLog& audit);
    // Closes an open rectification with its note (required).
    Status close(const QString& caseId, const QString& note, const QDateTime& at,
                 const QString& userName, AuditLog& audit);

    static QString channelKey(Evaluation::Channel channel); // window, qr, phone, spoken
    static std::optional<Evaluation::Channel> channelFromKey(const QString& key);

private:
    Result<QString> decidedCaseNumber(const QString& caseId) const;

    Database& m_database;
    const WorkCalendar& m_calendar;
};

} // namespace ow
