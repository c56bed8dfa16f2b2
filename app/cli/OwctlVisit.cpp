// owctl visit list: the hall's home-visit appointments (上门服务) of a day or a period, the
// applicant masked, for the helper who plans the round.
#include "Owctl.h"

#include "Database.h"
#include "access/AccountService.h"
#include "cases/HomeVisitRepository.h"
#include "security/PersonalData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

int Owctl::visitCommand(const QStringList& words)
{
    if (words.isEmpty() || words.first() != QLatin1String("list"))
        return usageError(tr("visit needs a subcommand: list"));
    QDate from;
    QDate to;
    QString state;
    bool json = false;
    for (int i = 1; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("--json")) {
            json = true;
            continue;
        }
        const QString option = words.at(i).section(QLatin1Char('='), 0, 0);
        if (option != QLatin1String("--date") && option != QLatin1String("--to") &&
            option != QLatin1String("--state"))
            return usageError(tr("visit list: unknown argument '%1'").arg(words.at(i)));
        QString value;
        QString error;
        if (!takeValue(words, i, option, value, error))
            return usageError(error);
        if (option == QLatin1String("--state")) {
            if (value != QLatin1String("all") && !HomeVisits::stateFromKey(value))
                return usageError(
                    tr("--state takes booked, visited, cancelled or all, got '%1'").arg(value));
            state = value == QLatin1String("all") ? QString() : value;
            continue;
        }
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!day.isValid())
            return usageError(tr("%1 takes a date YYYY-MM-DD, got '%2'").arg(option, value));
        (option == QLatin1String("--date") ? from : to) = day;
    }
    if (!from.isValid())
        return usageError(tr("visit list needs --date YYYY-MM-DD (and --to for a period)"));
    if (!to.isValid())
        to = from;
    if (to < from)
        return usageError(tr("visit list: --date %1 is after --to %2")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const std::optional<Session> session = authorize(*database, Action::AssistedService, exitCode);
    if (!session)
        return exitCode;
    static const SystemClock clock;
    AccountService accounts(*database, clock);
    HomeVisitRepository visits(*database, clock, accounts);
    const Result<QList<HomeVisit>> listed = visits.list(*session, from, to, state);
    if (!listed)
        return failure(listed.error());
    if (json) {
        QJsonArray array;
        for (const HomeVisit& v : listed.value())
            array.append(QJsonObject{
                {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                {QStringLiteral("from"), v.slotStart.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("to"), v.slotEnd.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("applicant"), PersonalData::maskName(v.applicantName)},
                {QStringLiteral("id_number"), PersonalData::maskIdNumber(v.applicantIdentifier)},
                {QStringLiteral("phone"), PersonalData::maskPhone(v.phone)},
                {QStringLiteral("address"), v.address},
                {QStringLiteral("reason"), HomeVisits::reasonKey(v.reason)},
                {QStringLiteral("items"), QJsonArray::fromStringList(v.itemCodes)},
                {QStringLiteral("staff"), v.staff},
                {QStringLiteral("state"), HomeVisits::stateKey(v.state)},
                {QStringLiteral("case"),
                 v.caseNumber.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.caseNumber)},
                {QStringLiteral("notes"), v.notes}});
        print(QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    }
    QByteArray out;
    for (const HomeVisit& v : listed.value())
        out += QStringLiteral("%1 %2  %3 %4  %5  %6  %7  %8  %9\n")
                   .arg(v.date.toString(Qt::ISODate), HomeVisits::slotText(v),
                        PersonalData::maskName(v.applicantName),
                        PersonalData::maskIdNumber(v.applicantIdentifier), v.address,
                        HomeVisits::reasonText(v.reason), v.itemCodes.join(u','), v.staff,
                        HomeVisits::stateText(v.state) +
                            (v.caseNumber.isEmpty() ? QString() : u' ' + v.caseNumber))
                   .toUtf8();
    out += tr("%n home visit(s)", nullptr, int(listed.value().size())).toUtf8() + '\n';
    print(out);
    return 0;
}

} // namespace ow
