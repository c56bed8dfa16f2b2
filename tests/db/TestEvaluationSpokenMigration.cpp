// Migration 0019 rebuilds the evaluation table so that its channel may be 'spoken' (the
// applicant's spoken answer recorded by the helper in the accessibility mode). A hall's database
// at version 18 with ratings, rectifications (open and closed), the dashboard's summary and the
// sync outbox migrates with every row, every index and trigger, the summary and the outbox as
// they were; a rating stored afterwards still updates the summary and reaches the outbox.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideRepository.h"
#include "guide/GuideSeed.h"
#include "migrations/Migrator.h"
#include "ratings/EvaluationRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

constexpr int Before = 18; // the version 0019 starts from

// Every row of a query, each as "value|value|…", in the query's order.
QStringList rows(Database& database, const QString& sql)
{
    QStringList result;
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                  : query.value(i).toString());
        result.append(values.join(u'|'));
    }
    return result;
}

} // namespace

class TestEvaluationSpokenMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    test::ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC)};
    std::unique_ptr<AccountService> m_accounts;
    WorkCalendar m_calendar;
    std::unique_ptr<AuditLog> m_audit;

    QString decidedCase(const QString& clerk, const QString& identifier,
                        IntakeDraft::Decision decision)
    {
        const Session session = m_accounts->signIn(clerk, QStringLiteral("Counter2026ok")).value();
        CaseService service(*m_database, m_clock, m_calendar, *m_accounts);
        const QHash<QString, Guide> guides = GuideRepository(*m_database).latestAll().value();
        IntakeDraft d;
        d.applicant.name = QStringLiteral("张三");
        d.applicant.identifier = identifier;
        d.itemCodes = {QStringLiteral("P082")};
        (void)d.check(m_clock.now().toLocalTime().date());
        d.mergeChecklist(guides, GuideRepository(*m_database).dictionary().value());
        for (CaseMaterial& m : d.materials)
            m.state = CaseMaterial::State::Received;
        const Result<Case> taken = service.takeIn(session, d, decision,
                                                  decision == IntakeDraft::Decision::Refuse
                                                      ? QStringLiteral("不属于本机关职权范围")
                                                      : QString(),
                                                  guides);
        if (!taken)
            qFatal("%s", qPrintable(taken.error()));
        return taken.value().id;
    }

    void rate(const QString& caseId, int score, Evaluation::Channel channel)
    {
        const auto stored = EvaluationRepository(*m_database, m_calendar)
                                .record({caseId, score, channel, m_clock.now(), QString()},
                                        QStringLiteral("clerk"), *m_audit);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
    }

    // Everything 0019 must leave as it was: the rows, the summary, the outbox and every schema
    // object except the rebuilt table's own text.
    QStringList snapshot()
    {
        QStringList all;
        const auto add = [&](const QString& what, const QString& sql) {
            for (const QString& row : rows(*m_database, sql))
                all.append(what + QStringLiteral(": ") + row);
        };
        add(QStringLiteral("evaluation"),
            QStringLiteral("SELECT * FROM evaluation ORDER BY case_id"));
        add(QStringLiteral("rectification"),
            QStringLiteral("SELECT * FROM rectification ORDER BY case_id"));
        add(QStringLiteral("daily_summary"),
            QStringLiteral("SELECT * FROM daily_summary WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6"));
        add(QStringLiteral("ledger_summary"),
            QStringLiteral("SELECT * FROM ledger_summary WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5"));
        add(QStringLiteral("outbox"), QStringLiteral("SELECT table_name, row_key, old_row, new_row "
                                                     "FROM sync_outbox ORDER BY seq"));
        add(QStringLiteral("schema"),
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name <> "
                           "'evaluation' ORDER BY type, name"));
        return all;
    }

    int hallRatings(const QString& key)
    {
        const QStringList n =
            rows(*m_database, QStringLiteral("SELECT total(n) FROM daily_summary WHERE "
                                             "window_no = 0 AND clerk = '' AND "
                                             "kind = 'rating' AND key = '%1'")
                                  .arg(key));
        return n.isEmpty() ? 0 : int(n.first().toDouble());
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        auto opened = Database::open(m_dir.filePath(QStringLiteral("hall.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_database = std::move(opened).value();
        QVERIFY(Migrator::migrateTo(*m_database, Before).ok());
        QCOMPARE(m_database->schemaVersion(), Before);
        QVERIFY(CatalogSeed::loadIfEmpty(*m_database, CatalogSeed::embeddedPath()).ok());
        const Catalog catalog = CatalogRepository(*m_database).load().value();
        QVERIFY(
            GuideSeed::loadIfEmpty(*m_database, DatabaseSetup::defaultGuideFolder(), catalog).ok());
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        QVERIFY(m_accounts
                    ->setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                                QStringLiteral("admin"), QStringLiteral("管理员"),
                                QStringLiteral("Counter2026ok"))
                    .ok());
        const Session admin =
            m_accounts->signIn(QStringLiteral("admin"), QStringLiteral("Counter2026ok")).value();
        for (const auto& [name, role] : {std::pair{QStringLiteral("clerk"), Role::Clerk},
                                         std::pair{QStringLiteral("helper"), Role::Assisted}})
            QVERIFY(m_accounts
                        ->addUser(admin, {name, QStringLiteral("李"), role, {}, false, true, 0, {}},
                                  QStringLiteral("Counter2026ok"))
                        .ok());
        m_calendar = CalendarData::load().value();
        m_audit = std::make_unique<AuditLog>(*m_database, m_clock, QStringLiteral("XC01"),
                                             QStringLiteral("3"));
    }

    void ratingsSummaryAndOutboxSurviveTheRebuild()
    {
        // Version 18: ratings of every channel it knows, on two days, by two clerks; a bad
        // rating's rectification left open, another one called back and closed.
        const QString five =
            decidedCase(QStringLiteral("clerk"), QStringLiteral("11010519491231002X"),
                        IntakeDraft::Decision::Accept);
        rate(five, 5, Evaluation::Channel::Window);
        const QString two =
            decidedCase(QStringLiteral("helper"), QStringLiteral("110105198001010016"),
                        IntakeDraft::Decision::Refuse);
        rate(two, 2, Evaluation::Channel::Qr);
        m_clock.advanceMinutes(24 * 60);
        const QString one =
            decidedCase(QStringLiteral("clerk"), QStringLiteral("11010519491231002X"),
                        IntakeDraft::Decision::Refuse);
        rate(one, 1, Evaluation::Channel::Phone);
        EvaluationRepository repository(*m_database, m_calendar);
        QVERIFY(repository
                    .recordCallBack(one, QStringLiteral("2026-03-03\n张三\n已解释"),
                                    QStringLiteral("admin"), *m_audit)
                    .ok());
        QVERIFY(repository
                    .close(one, QStringLiteral("已改进"), m_clock.now(), QStringLiteral("admin"),
                           *m_audit)
                    .ok());
        const QString unrated =
            decidedCase(QStringLiteral("helper"), QStringLiteral("110105198001010016"),
                        IntakeDraft::Decision::Accept);
        QCOMPARE(rows(*m_database, QStringLiteral("SELECT count(*) FROM evaluation")).first(),
                 QStringLiteral("3"));
        QCOMPARE(rows(*m_database, QStringLiteral("SELECT count(*) FROM rectification")).first(),
                 QStringLiteral("2"));
        // At 18 the channel 'spoken' is refused by the table itself.
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) "
                                           "VALUES ('%1', 4, 'spoken', '2026-03-03T10:00:00')")
                                .arg(unrated)));
        const QStringList before = snapshot();
        QVERIFY(before.filter(QStringLiteral("outbox: evaluation")).size() == 3);
        const QStringList attached =
            rows(*m_database, QStringLiteral("SELECT type || ' ' || name FROM sqlite_schema WHERE "
                                             "tbl_name = 'evaluation' ORDER BY 1"));
        // the index, six summary triggers, three outbox triggers (and the table)
        QVERIFY2(attached.size() == 11, qPrintable(attached.join(u',')));

        // Reopened, as the program does after an update, and migrated.
        m_database.reset();
        auto reopened = Database::open(m_dir.filePath(QStringLiteral("hall.sqlite")));
        QVERIFY(reopened.ok());
        m_database = std::move(reopened).value();
        m_audit = std::make_unique<AuditLog>(*m_database, m_clock, QStringLiteral("XC01"),
                                             QStringLiteral("3"));
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        // To 19, the migration under test: later ones add objects of their own to the schema.
        const Status migrated = Migrator::migrateTo(*m_database, Before + 1);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(m_database->schemaVersion(), Before + 1);
        query = QSqlQuery(m_database->connection());

        // Every row, the summary, the outbox (nothing queued again) and every index and trigger
        // (the outbox's made again with the same text) as they were.
        const QStringList after = snapshot();
        QCOMPARE(after, before);
        QVERIFY(rows(*m_database, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        QVERIFY(rows(*m_database, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = "
                                                 "'evaluation'"))
                    .first()
                    .contains(QStringLiteral("'spoken'")));
        QVERIFY(rows(*m_database, QStringLiteral("SELECT name FROM sqlite_schema WHERE "
                                                 "name LIKE 'evaluation_0019%'"))
                    .isEmpty());
        // A rectification still needs its rating: the foreign key holds on the new table.
        QVERIFY(
            !query.exec(QStringLiteral("DELETE FROM evaluation WHERE case_id = '%1'").arg(two)));

        // A spoken rating after the migration: stored, counted in the summary, queued for the
        // central store with its channel, and a 2 opens its rectification.
        const int twosBefore = hallRatings(QStringLiteral("2"));
        const QString lastSeq =
            rows(*m_database, QStringLiteral("SELECT max(seq) FROM sync_outbox")).first();
        rate(unrated, 2, Evaluation::Channel::Spoken);
        QCOMPARE(hallRatings(QStringLiteral("2")), twosBefore + 1);
        const QStringList queued =
            rows(*m_database, QStringLiteral("SELECT new_row FROM sync_outbox WHERE table_name = "
                                             "'evaluation' AND seq > %1")
                                  .arg(lastSeq));
        QCOMPARE(queued.size(), 1);
        QVERIFY2(queued.first().contains(QStringLiteral("\"spoken\"")), qPrintable(queued.first()));
        QCOMPARE(rows(*m_database, QStringLiteral("SELECT count(*) FROM rectification WHERE "
                                                  "case_id = '%1'")
                                       .arg(unrated))
                     .first(),
                 QStringLiteral("1"));
        QCOMPARE(EvaluationRepository(*m_database, m_calendar).find(unrated).value()->channel,
                 Evaluation::Channel::Spoken);
        // A deleted rating takes its contribution out again (the delete triggers are back).
        QVERIFY(query.exec(
            QStringLiteral("DELETE FROM rectification WHERE case_id = '%1'").arg(unrated)));
        QVERIFY(
            query.exec(QStringLiteral("DELETE FROM evaluation WHERE case_id = '%1'").arg(unrated)));
        QCOMPARE(hallRatings(QStringLiteral("2")), twosBefore);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationSpokenMigration)
#include "TestEvaluationSpokenMigration.moc"
