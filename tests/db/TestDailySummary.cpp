// The dashboard's per-day summary (migration 0013) against the figures computed straight from the
// cases: after a bulk demo import (triggers paused, rebuilt in the transaction), then after random
// single writes of every kind the triggers watch (new ratings and removed ones, withdrawals before
// a decision, decisions rewritten by a sync pull, items added and removed, receipt times and clerks
// changed, applicants' birth dates and disabilities changed, cases imported into another centre and
// deleted again), for the hall, a window, a clerk, a window and clerk, one day and the whole range.
// The summary table itself must also equal a fresh recount.
#include "Database.h"
#include "DatabaseSetup.h"
#include "SqlValues.h"
#include "calendar/CalendarData.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "demo/DemoGenerator.h"
#include "guide/GuideRepository.h"
#include "reports/DailySummary.h"
#include "reports/ReportRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QDate End(2025, 12, 31);

// The summary's precision: below an hour the minute, beyond it the hour.
qint64 floored(qint64 seconds)
{
    return seconds < 3600 ? seconds / 60 * 60 : seconds / 3600 * 3600;
}

} // namespace

class TestDailySummary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkCalendar m_calendar;
    std::unique_ptr<Database> m_database;
    QRandomGenerator m_random{20261129};

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database->connection());
        if (!execute(query, sql, values))
            qFatal("%s\n%s", qPrintable(failureText(query)), qPrintable(sql));
    }
    QStringList column(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql))
            qFatal("%s", qPrintable(failureText(query)));
        QStringList list;
        while (query.next())
            list.append(query.value(0).toString());
        return list;
    }
    QString pick(const QStringList& list)
    {
        return list.isEmpty() ? QString() : list.at(int(m_random.bounded(qsizetype(list.size()))));
    }

    void compare(const ReportScope& scope)
    {
        ReportRepository reports(*m_database);
        const auto summary = reports.figures(scope, End);
        const auto cases = reports.figuresFromCases(scope, End);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QVERIFY2(cases.ok(), qPrintable(cases.error()));
        const DailyFigures& s = summary.value();
        const DailyFigures& c = cases.value();
        const QByteArray where = QStringLiteral("%1 %2..%3 window %4 clerk '%5'")
                                     .arg(scope.centerCode, scope.from.toString(Qt::ISODate),
                                          scope.to.toString(Qt::ISODate))
                                     .arg(scope.window)
                                     .arg(scope.clerk)
                                     .toUtf8();
        QVERIFY2(s.cases == c.cases, (where + " summary " + QByteArray::number(s.cases) +
                                      " cases " + QByteArray::number(c.cases))
                                         .constData());
        QVERIFY2(s.byHour == c.byHour, where.constData());
        QVERIFY2(s.byStage == c.byStage, where.constData());
        QVERIFY2(s.byScene == c.byScene, where.constData());
        QVERIFY2(s.byItem == c.byItem, where.constData());
        QVERIFY2(s.accepted == c.accepted && s.supplementRequested == c.supplementRequested &&
                     s.refused == c.refused && s.undecided == c.undecided,
                 where.constData());
        QVERIFY2(s.handled == c.handled, where.constData());
        QVERIFY2(s.handlingMedianSeconds == floored(c.handlingMedianSeconds), where.constData());
        QVERIFY2(s.handlingP90Seconds == floored(c.handlingP90Seconds), where.constData());
        QVERIFY2(s.deadlines == c.deadlines && s.overdue == c.overdue, where.constData());
        QVERIFY2(s.ratings == c.ratings, where.constData());
        QVERIFY2(s.satisfactionTrend.size() == c.satisfactionTrend.size(), where.constData());
        for (qsizetype i = 0; i < s.satisfactionTrend.size(); ++i) {
            QVERIFY2(s.satisfactionTrend.at(i).day == c.satisfactionTrend.at(i).day &&
                         s.satisfactionTrend.at(i).rated == c.satisfactionTrend.at(i).rated &&
                         s.satisfactionTrend.at(i).satisfied == c.satisfactionTrend.at(i).satisfied,
                     where.constData());
        }
        QVERIFY2(s.assisted == c.assisted && s.elderly == c.elderly && s.disabled == c.disabled &&
                     s.byAgent == c.byAgent,
                 where.constData());
        QVERIFY2(s.ledger.size() == c.ledger.size(), where.constData());
        for (qsizetype i = 0; i < s.ledger.size(); ++i) {
            QVERIFY2(s.ledger.at(i).byMilestone == c.ledger.at(i).byMilestone &&
                         s.ledger.at(i).toDate == c.ledger.at(i).toDate,
                     where.constData());
        }
    }

    void compareScopes(const QString& center)
    {
        const QStringList windows = column(
            QStringLiteral("SELECT DISTINCT window_no FROM case_file WHERE center_code = '%1' "
                           "ORDER BY 1")
                .arg(center));
        const QStringList clerks = column(
            QStringLiteral("SELECT DISTINCT clerk FROM case_file WHERE center_code = '%1' ORDER "
                           "BY 1")
                .arg(center));
        QVERIFY(!windows.isEmpty() && !clerks.isEmpty());
        // A window and a clerk who took cases there.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT window_no, clerk FROM case_file WHERE "
                                          "center_code = '%1' ORDER BY number DESC LIMIT 1")
                               .arg(center)));
        QVERIFY(query.next());
        const QPair<int, QString> pair{query.value(0).toInt(), query.value(1).toString()};
        const QDate first = End.addDays(-59);
        for (const auto& [from, to] : QList<QPair<QDate, QDate>>{
                 {first, End}, {End.addDays(-7), End.addDays(-7)}, {End.addDays(-20), End}}) {
            compare(ReportScope{from, to, center, 0, {}});
            compare(ReportScope{from, to, center, windows.first().toInt(), {}});
            compare(ReportScope{from, to, center, 0, clerks.last()});
            compare(ReportScope{from, to, center, pair.first, pair.second});
        }
    }

    // The stored summary equals a recount (rows that dropped to zero aside).
    void compareWithRecount()
    {
        const QString rows = QStringLiteral(
            "SELECT center_code, window_no, clerk, kind, day, key, n FROM daily_summary WHERE n <> "
            "0 ORDER BY 1, 2, 3, 4, 5, 6");
        const QString ledger = QStringLiteral("SELECT center_code, mode, item, window_no, day, n "
                                              "FROM ledger_summary WHERE n <> 0 ORDER BY 1, 2, 3, "
                                              "4, 5");
        const auto dump = [&](const QString& sql) {
            QSqlQuery query(m_database->connection());
            if (!query.exec(sql))
                qFatal("%s", qPrintable(failureText(query)));
            QStringList lines;
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields.append(query.value(i).toString());
                lines.append(fields.join(QLatin1Char('|')));
            }
            return lines;
        };
        const QStringList kept = dump(rows), keptLedger = dump(ledger);
        QVERIFY(!kept.isEmpty());
        exec(QStringLiteral("SAVEPOINT recount"));
        QVERIFY(DailySummary::rebuild(*m_database).ok());
        const QStringList recounted = dump(rows), recountedLedger = dump(ledger);
        exec(QStringLiteral("ROLLBACK TO recount"));
        exec(QStringLiteral("RELEASE recount"));
        QCOMPARE(kept.size(), recounted.size());
        QCOMPARE(kept, recounted);
        QCOMPARE(keptLedger, recountedLedger);
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_calendar = CalendarData::load().value();
        auto prepared = DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("s.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        m_database = std::move(prepared.value().database);
    }

    void aBulkImportIsSummarisedInItsTransaction()
    {
        GuideRepository guides(*m_database);
        DemoGenerator generator(*m_database, m_calendar,
                                CatalogRepository(*m_database).load().value(),
                                guides.latestAll().value(), guides.dictionary().value());
        DemoGenerator::Options options;
        options.cases = 1500;
        options.days = 60;
        options.seed = 7;
        options.end = End;
        options.centerCode = QStringLiteral("XC01");
        const auto report = generator.generate(options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(column(QStringLiteral("SELECT paused FROM daily_summary_state")),
                 QStringList{QStringLiteral("0")});
        compareScopes(QStringLiteral("XC01"));
        compareWithRecount();
    }

    void randomWritesKeepTheSummaryExact()
    {
        for (int round = 0; round < 60; ++round) {
            switch ((round + 9) % 10) { // the bulk writer first, then one write of each kind
            case 0: {                   // a rating given later (QR code)
                const QString id = pick(column(QStringLiteral(
                    "SELECT c.id FROM case_file c JOIN case_event e ON e.case_id = c.id AND "
                    "e.position = 2 LEFT JOIN evaluation v ON v.case_id = c.id WHERE v.case_id "
                    "IS NULL ORDER BY c.id LIMIT 200")));
                exec(QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) VALUES "
                                    "(?, ?, 'qr', '2025-12-31T02:00:00.000Z')"),
                     {id, 3 + int(m_random.bounded(3))});
                break;
            }
            case 1: { // a rating removed (no rectification) and one changed by a sync pull
                exec(QStringLiteral("DELETE FROM evaluation WHERE case_id = ?"),
                     {pick(column(QStringLiteral("SELECT case_id FROM evaluation WHERE case_id "
                                                 "NOT IN (SELECT case_id FROM rectification) "
                                                 "ORDER BY case_id LIMIT 200")))});
                exec(QStringLiteral("UPDATE evaluation SET score = 6 - score WHERE case_id = ? "
                                    "AND score >= 3"),
                     {pick(column(QStringLiteral(
                         "SELECT case_id FROM evaluation ORDER BY case_id DESC LIMIT 200")))});
                break;
            }
            case 2: { // withdrawn before any decision
                const QString id = pick(column(QStringLiteral(
                    "SELECT c.id FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM case_event e "
                    "WHERE e.case_id = c.id AND e.position = 2) ORDER BY c.id LIMIT 200")));
                if (id.isEmpty())
                    break;
                exec(QStringLiteral("INSERT INTO case_event (case_id, position, status, at, "
                                    "user_name) VALUES (?, 2, 'withdrawn', "
                                    "'2025-12-31T03:00:00.000Z', 'clerk')"),
                     {id});
                exec(QStringLiteral("UPDATE case_file SET status = 'withdrawn' WHERE id = ?"),
                     {id});
                break;
            }
            case 3: { // a sync pull rewrites a decision and its time
                exec(QStringLiteral("UPDATE sync_state SET applying = 1"));
                exec(QStringLiteral(
                         "UPDATE case_event SET status = CASE status WHEN 'accepted' THEN "
                         "'refused' ELSE 'accepted' END, at = strftime('%Y-%m-%dT%H:%M:%fZ', at, "
                         "'+4000 seconds') WHERE case_id = ? AND position = 2"),
                     {pick(column(QStringLiteral("SELECT case_id FROM case_event WHERE position "
                                                 "= 2 AND status IN ('accepted', 'refused') "
                                                 "ORDER BY case_id LIMIT 300")))});
                exec(QStringLiteral("UPDATE sync_state SET applying = 0"));
                break;
            }
            case 4: { // an item added to a case, one removed from another
                const QString id = pick(
                    column(QStringLiteral("SELECT id FROM case_file ORDER BY id DESC LIMIT 300")));
                exec(QStringLiteral("INSERT INTO case_item (case_id, position, item_code) SELECT "
                                    "?, max(position) + 1, ? FROM case_item WHERE case_id = ?"),
                     {id, pick(column(QStringLiteral("SELECT code FROM item ORDER BY code"))), id});
                exec(QStringLiteral("DELETE FROM case_item WHERE (case_id, position) = (SELECT "
                                    "case_id, max(position) FROM case_item WHERE case_id = ?) "
                                    "AND position > 1"),
                     {pick(column(QStringLiteral("SELECT case_id FROM case_item WHERE position = "
                                                 "2 ORDER BY case_id LIMIT 300")))});
                break;
            }
            case 5: { // received an hour later by another clerk (a correction pulled by sync)
                exec(QStringLiteral("UPDATE case_file SET received_at = strftime('%Y-%m-%dT%H:%M:"
                                    "%fZ', received_at, '+1 hour'), clerk = 'clerk9' WHERE id = ?"),
                     {pick(column(QStringLiteral("SELECT id FROM case_file ORDER BY number LIMIT "
                                                 "300")))});
                break;
            }
            case 6: { // an applicant's archive: disability and birth date
                exec(QStringLiteral("UPDATE applicant SET disabled = 1 - disabled, birth_date = "
                                    "CASE WHEN birth_date IS NULL THEN NULL ELSE date(birth_date, "
                                    "'-20 years') END WHERE identifier = ?"),
                     {pick(column(QStringLiteral("SELECT applicant_identifier FROM case_file "
                                                 "GROUP BY 1 ORDER BY count(*) DESC LIMIT 50")))});
                break;
            }
            case 7: { // an import: 40 cases copied into hall XC02 with their items, events, ratings
                const int offset = round;
                const QString newId =
                    QStringLiteral("'%1' || substr(id, 3)").arg(offset, 2, 10, QLatin1Char('0'));
                exec(QStringLiteral(
                         "INSERT INTO case_file (id, number, center_code, window_no, received_on, "
                         "sequence, clerk, received_at, applicant_identifier, agent_name, "
                         "agent_id_number, agent_phone, agent_authorization, scene_code, "
                         "accepted_on, due_date, status) SELECT %1, 'XC02' || substr(number, 5, "
                         "length(number) - 8) || printf('%04d', sequence + %2 * 1000), 'XC02', "
                         "window_no, received_on, sequence + %2 * 1000, clerk, received_at, "
                         "applicant_identifier, agent_name, agent_id_number, agent_phone, "
                         "agent_authorization, scene_code, accepted_on, due_date, status FROM "
                         "case_file WHERE center_code = 'XC01' ORDER BY id LIMIT 40 OFFSET %2 * 40")
                         .arg(newId)
                         .arg(offset));
                const QString copied =
                    QStringLiteral(
                        "(SELECT id FROM case_file WHERE center_code = 'XC01' ORDER BY id LIMIT 40 "
                        "OFFSET %1 * 40)")
                        .arg(offset);
                exec(QStringLiteral("INSERT INTO case_item (case_id, position, item_code) SELECT "
                                    "%1, position, item_code FROM case_item WHERE case_id IN %2 "
                                    "ORDER BY case_id, position")
                         .arg(QString(newId).replace(QStringLiteral("substr(id"),
                                                     QStringLiteral("substr(case_id")),
                              copied));
                exec(QStringLiteral("INSERT INTO case_event (case_id, position, status, at, "
                                    "user_name) SELECT %1, position, status, at, user_name FROM "
                                    "case_event WHERE case_id IN %2 ORDER BY case_id, position")
                         .arg(QString(newId).replace(QStringLiteral("substr(id"),
                                                     QStringLiteral("substr(case_id")),
                              copied));
                exec(QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) SELECT "
                                    "%1, score, channel, at FROM evaluation WHERE case_id IN %2")
                         .arg(QString(newId).replace(QStringLiteral("substr(id"),
                                                     QStringLiteral("substr(case_id")),
                              copied));
                break;
            }
            case 8: { // an imported case deleted again (the import undone)
                const QString id = pick(column(
                    QStringLiteral("SELECT id FROM case_file WHERE center_code = 'XC02' ORDER BY "
                                   "id")));
                if (id.isEmpty())
                    break;
                exec(QStringLiteral("UPDATE sync_state SET applying = 1"));
                exec(QStringLiteral("DELETE FROM evaluation WHERE case_id = ?"), {id});
                exec(QStringLiteral("DELETE FROM case_event WHERE case_id = ?"), {id});
                exec(QStringLiteral("DELETE FROM case_item WHERE case_id = ?"), {id});
                exec(QStringLiteral("DELETE FROM case_file WHERE id = ?"), {id});
                exec(QStringLiteral("UPDATE sync_state SET applying = 0"));
                break;
            }
            default: // a bulk writer that pauses and rebuilds inside its transaction
                exec(QStringLiteral("BEGIN"));
                QVERIFY(DailySummary::pause(*m_database).ok());
                exec(QStringLiteral("UPDATE case_file SET clerk = 'clerk8' WHERE id IN (SELECT id "
                                    "FROM case_file ORDER BY number DESC LIMIT 20)"));
                QVERIFY(DailySummary::rebuild(*m_database).ok());
                exec(QStringLiteral("COMMIT"));
                break;
            }
            if (round % 10 == 9) {
                compareScopes(QStringLiteral("XC01"));
                compareScopes(QStringLiteral("XC02"));
                compareWithRecount();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDailySummary)
#include "TestDailySummary.moc"
