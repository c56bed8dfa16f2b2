#include "reports/RatingRecorder.h"

#include "ratings/EvaluationRepository.h"

namespace ow {

QString RatingRecorder::channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Qr:
        return QStringLiteral("qr");
    case Channel::Spoken:
        return QStringLiteral("spoken");
    case Channel::Window:
        break;
    }
    return QStringLiteral("window");
}

Result<int> RatingRecorder::scoreOf(const QString& caseId) const
{
    const Result<std::optional<Evaluation>> found =
        EvaluationRepository(m_database, m_calendar).find(caseId);
    if (!found)
        return Result<int>::failure(found.error());
    return Result<int>::success(found.value() ? found.value()->score : 0);
}

Result<std::optional<QDate>> RatingRecorder::record(const Rating& rating, const QString& recordedBy,
                                                    AuditLog& audit, int rectificationDays)
{
    Evaluation evaluation;
    evaluation.caseId = rating.caseId;
    evaluation.score = rating.score;
    evaluation.channel = rating.channel == Channel::Qr       ? Evaluation::Channel::Qr
                         : rating.channel == Channel::Spoken ? Evaluation::Channel::Spoken
                                                             : Evaluation::Channel::Window;
    evaluation.at = rating.at;
    const Result<std::optional<Rectification>> stored =
        EvaluationRepository(m_database, m_calendar)
            .record(evaluation, recordedBy, audit, rectificationDays);
    if (!stored)
        return Result<std::optional<QDate>>::failure(stored.error());
    return Result<std::optional<QDate>>::success(
        stored.value() ? std::optional<QDate>(stored.value()->dueDate) : std::nullopt);
}

} // namespace ow
