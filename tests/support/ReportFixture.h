#pragma once

// A hall's cases with known figures, for the dashboard, `owctl report daily` and their tests.
// Written the way the intake screen writes them (CaseRepository::create, then recordDecision;
// ratings through RatingRecorder) into a database that has the catalog, hall XC01.
//
// The day is Friday 2026-11-20, Beijing time (the tests set TZ=Asia/Shanghai, so UTC hours
// differ from local ones). The answers, worked out by hand from the table below, are in
// ReportFixture::Expected* and in each test; they are NOT computed by the report's SQL.
//
//  #  day    window clerk  local  applicant            items        decision (after)   rating due
//  1  11-20  3      clerk  08:40  A born 1950-05-01    P001         受理 (600 s)        5 11-20 2
//  11-20  3      clerk  09:05  B born 1985-03-12    P001 P002    受理 (1200 s)       4      11-27
//  3  11-20  3      clerk  09:30  C disabled           E001         补正 (360 s)        2
//  4  11-20  5      helper 09:50  B + agent            E001.1       受理 (1800 s)       3 12-04 5
//  11-20  5      helper 10:10  E born 1966-11-21    P001         不予受理 (240 s)    1 6  11-20  5
//  helper 14:00  F born 1966-11-20    P002         (none: 收件 only) 7  11-20  3      clerk  14:30
//  enterprise G         E002         受理 (3600 s)       -      11-23 8  11-20  3      clerk  16:45
//  B                    P001         受理 (120 s)        5      11-21 9  11-19  3      clerk  10:00
//  B                    P001         受理 (300 s)        4      11-19
// 10  11-17  5      helper 11:00  B                    P001         受理 (300 s)        - 11-22 11
// 05-12  3      clerk  10:00  B                    E003         受理, 办结 05-15    -      05-20
//
// E turns 60 the day after the case (not elderly); F turns 60 on the day (elderly).
//
// Home visits (上门服务), by visit day, staff and state:
//  11-20 clerk booked · 11-20 clerk visited (case 7) · 11-20 helper booked · 11-20 helper
//  cancelled · 11-21 clerk booked · 11-19 clerk cancelled
// so the day's hall has 2 booked, 1 visited, 1 cancelled; its clerk 1, 1, 0; 11-17 … 11-20 adds
// the cancelled visit of 11-19. Stored as migration 0014 keeps them (booking through
// HomeVisitRepository needs the hall's accounts, which this fixture has not).
#include "Database.h"
#include "audit/AuditLog.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseRepository.h"
#include "reports/RatingRecorder.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"

#include "SqlValues.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace ow::test {

struct ReportFixture
{
    static inline const QDate Day{2026, 11, 20};
    static inline const QString Center = QStringLiteral("XC01");

    struct Row
    {
        QDate day;
        int window;
        QString clerk;
        QTime at;
        QChar applicant; // A … G
        QStringList items;
        QString decision; // accepted, supplement_requested, refused or empty
        int afterSeconds;
        int score; // 0: not rated
        QDate due;
        bool agent = false;
        bool concluded = false;
    };

    static QList<Row> rows()
    {
        const QString clerk = QStringLiteral("clerk");
        const QString helper = QStringLiteral("helper");
        const QString accepted = QStringLiteral("accepted");
        const QStringList p001{QStringLiteral("P001")};
        return {
            {Day, 3, clerk, QTime(8, 40), u'A', p001, accepted, 600, 5, Day},
            {Day,
             3,
             clerk,
             QTime(9, 5),
             u'B',
             {QStringLiteral("P001"), QStringLiteral("P002")},
             accepted,
             1200,
             4,
             QDate(2026, 11, 27)},
            {Day,
             3,
             clerk,
             QTime(9, 30),
             u'C',
             {QStringLiteral("E001")},
             QStringLiteral("supplement_requested"),
             360,
             2,
             {}},
            {Day,
             5,
             helper,
             QTime(9, 50),
             u'B',
             {QStringLiteral("E001.1")},
             accepted,
             1800,
             3,
             QDate(2026, 12, 4),
             true},
            {Day, 5, helper, QTime(10, 10), u'E', p001, QStringLiteral("refused"), 240, 1, {}},
            {Day, 5, helper, QTime(14, 0), u'F', {QStringLiteral("P002")}, QString(), 0, 0, {}},
            {Day,
             3,
             clerk,
             QTime(14, 30),
             u'G',
             {QStringLiteral("E002")},
             accepted,
             3600,
             0,
             QDate(2026, 11, 23)},
            {Day, 3, clerk, QTime(16, 45), u'B', p001, accepted, 120, 5, QDate(2026, 11, 21)},
            {QDate(2026, 11, 19), 3, clerk, QTime(10, 0), u'B', p001, accepted, 300, 4,
             QDate(2026, 11, 19)},
            {QDate(2026, 11, 17), 5, helper, QTime(11, 0), u'B', p001, accepted, 300, 0,
             QDate(2026, 11, 22)},
            {QDate(2026, 5, 12),
             3,
             clerk,
             QTime(10, 0),
             u'B',
             {QStringLiteral("E003")},
             accepted,
             300,
             0,
             QDate(2026, 5, 20),
             false,
             true},
        };
    }

    static QString residentId(const QDate& birth, const QString& serial)
    {
        const QString first17 =
            QStringLiteral("370402") + birth.toString(QStringLiteral("yyyyMMdd")) + serial;
        return first17 + IdNumber::checkCharacter(first17);
    }

    static Applicant applicant(QChar who)
    {
        Applicant a;
        a.kind = Applicant::Kind::Person;
        a.phone = QStringLiteral("1381234%1").arg(int(who.unicode()), 4, 10, QLatin1Char('0'));
        struct Person
        {
            char who;
            const char16_t* name;
            QDate birth;
            bool disabled;
        };
        static const Person people[] = {
            {'A', u"王老", QDate(1950, 5, 1), false},   {'B', u"张三", QDate(1985, 3, 12), false},
            {'C', u"李残", QDate(1990, 1, 1), true},    {'E', u"赵五", QDate(1966, 11, 21), false},
            {'F', u"钱六", QDate(1966, 11, 20), false},
        };
        for (const Person& p : people) {
            if (who == QLatin1Char(p.who)) {
                a.name = QString::fromUtf16(p.name);
                a.birthDate = p.birth;
                a.identifier = residentId(p.birth, QStringLiteral("12%1").arg(p.who - 'A'));
                a.disabled = p.disabled;
                if (p.disabled)
                    a.disabilityCertificate = QStringLiteral("37040219900101000142");
                return a;
            }
        }
        // G: an enterprise.
        const QString first17 = QStringLiteral("91370403MA3C12345");
        a.kind = Applicant::Kind::Enterprise;
        a.name = QStringLiteral("枣庄示例商贸有限公司");
        a.identifier = first17 + CreditCode::checkCharacter(first17);
        a.legalRepresentative = QStringLiteral("孙七");
        a.contactName = QStringLiteral("孙七");
        return a;
    }

    static QDateTime local(const QDate& day, const QTime& time)
    {
        return QDateTime(day, time, QTimeZone::systemTimeZone());
    }

    // Writes the table above; false with the message on the first failure.
    static Status load(Database& database, const WorkCalendar& calendar, AuditLog& audit)
    {
        CaseRepository cases(database);
        RatingRecorder ratings(database, calendar);
        QStringList caseIds;
        for (const Row& row : rows()) {
            Case c;
            c.centerCode = Center;
            c.window = row.window;
            c.clerk = row.clerk;
            c.receivedAt = local(row.day, row.at);
            c.applicant = applicant(row.applicant);
            if (row.agent)
                c.agent = Agent{QStringLiteral("周代"),
                                residentId(QDate(1980, 2, 2), QStringLiteral("456")),
                                QStringLiteral("13987654321"), QStringLiteral("授权委托书")};
            c.itemCodes = row.items;
            CaseMaterial id;
            id.key = QStringLiteral("id_card");
            id.name = QStringLiteral("居民身份证");
            id.itemCodes = row.items;
            id.state = CaseMaterial::State::Received;
            c.materials = {id};
            c.events = {CaseEvent{CaseStatus::Received, c.receivedAt, row.clerk, {}}};
            const Result<Case> created = cases.create(c, audit);
            if (!created)
                return Status::failure(created.error());
            caseIds.append(created.value().id);
            if (row.decision.isEmpty())
                continue;
            const CaseStatus to = *CaseLifecycle::fromKey(row.decision);
            const QDateTime at = c.receivedAt.addSecs(row.afterSeconds);
            const bool accepted = to == CaseStatus::Accepted;
            QList<CaseMaterial> checked = created.value().materials;
            if (to == CaseStatus::SupplementRequested)
                checked.first().state = CaseMaterial::State::Missing;
            if (const Status s = cases.recordDecision(
                    created.value().id, CaseEvent{to, at, row.clerk, {}}, checked,
                    accepted ? row.day : QDate(), accepted ? row.due : QDate(), false,
                    accepted ? QStringLiteral("2026-1") : QString(),
                    accepted ? QString() : QStringLiteral("材料不齐"), audit);
                !s)
                return s;
            if (row.concluded) {
                if (const Status s =
                        cases.appendEvent(created.value().id,
                                          CaseEvent{CaseStatus::Concluded,
                                                    local(QDate(2026, 5, 15), QTime(9, 0)),
                                                    row.clerk,
                                                    {}},
                                          audit, QStringLiteral("case_concluded"));
                    !s)
                    return s;
            }
            if (row.score > 0) {
                const Result<std::optional<QDate>> rated =
                    ratings.record({created.value().id, row.score, RatingRecorder::Channel::Window,
                                    at.addSecs(60)},
                                   row.clerk, audit);
                if (!rated)
                    return Status::failure(rated.error());
            }
        }
        return homeVisits(database, caseIds.value(6));
    }

    // The home visits of the table above; `visitedCase` is the case taken on the visited one.
    static Status homeVisits(Database& database, const QString& visitedCase)
    {
        struct Visit
        {
            QDate day;
            QString staff;
            QString state;
        };
        const QString clerk = QStringLiteral("clerk");
        const QString helper = QStringLiteral("helper");
        const QList<Visit> visits = {
            {Day, clerk, QStringLiteral("booked")},
            {Day, clerk, QStringLiteral("visited")},
            {Day, helper, QStringLiteral("booked")},
            {Day, helper, QStringLiteral("cancelled")},
            {Day.addDays(1), clerk, QStringLiteral("booked")},
            {Day.addDays(-1), clerk, QStringLiteral("cancelled")},
        };
        for (const Visit& v : visits) {
            QSqlQuery query(database.connection());
            const bool visited = v.state == QLatin1String("visited");
            if (!execute(query,
                         QStringLiteral(
                             "INSERT INTO home_visit (id, applicant_identifier, applicant_name, "
                             "phone, address, reason, item_codes, visit_date, slot_start, "
                             "slot_end, staff, state, notes, case_id, booked_by, booked_at, "
                             "updated_at) VALUES (?, ?, '王访', '13812345678', "
                             "'新城区幸福路 8 号 2 单元', 'elderly', '[\"P001\"]', ?, '09:00', "
                             "'10:00', ?, ?, '', ?, 'helper', '2026-11-18T09:00:00Z', "
                             "'2026-11-18T09:00:00Z')"),
                         {QUuid::createUuid().toString(QUuid::WithoutBraces),
                          residentId(QDate(1940, 1, 1), QStringLiteral("789")), dateValue(v.day),
                          v.staff, v.state, visited ? QVariant(visitedCase) : QVariant()}))
                return Status::failure(failureText(query));
        }
        return Status::success();
    }
};

} // namespace ow::test
