// The central store as an administrator and a hall see it: owctl central init / add-center,
// row-level security between halls, reference data, owctl sync's messages.
#include "CentralSchema.h"
#include "ProgramRun.h"
#include "SyncTestBed.h"

#include <QFileInfo>
#include <QTest>

#include <atomic>
#include <thread>

using namespace ow;
using namespace ow::test;

class TestCentralStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchCentral> m_central;

    static QString adminUrl(const ScratchCentral& central)
    {
        const CentralSettings admin = central.adminSettings();
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(admin.user, admin.host)
            .arg(admin.port)
            .arg(admin.database);
    }
    // Runs sql as a center's login; the error text when it fails, else "ok:<first value>".
    static QString asCenter(const CentralSettings& login, const QString& sql)
    {
        QString result;
        {
            auto db = login.open(QStringLiteral("as-center"));
            if (!db)
                return db.error();
            QSqlQuery query(db.value());
            if (!query.exec(sql))
                result = query.lastError().databaseText();
            else
                result = QStringLiteral("ok:") + (query.next()
                                                      ? query.value(0).toString()
                                                      : QString::number(query.numRowsAffected()));
        }
        CentralSettings::closeConnection(QStringLiteral("as-center"));
        return result;
    }
    static QString pushSql(const QString& identifier, const QString& name)
    {
        return QStringLiteral("SELECT onewindow.sync_push('%1', '[{\"op\":\"%2\",\"table\":"
                              "\"applicant\",\"key\":\"[\\\"%3\\\"]\",\"old\":null,\"new\":"
                              "{\"identifier\":\"%3\",\"kind\":\"person\",\"name\":\"%4\"}}]')")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                 QUuid::createUuid().toString(QUuid::WithoutBraces), identifier, name);
    }

    // sync_push_rows of a batch of applicants with the workstation's outbox positions.
    static QString batchSql(const QString& client, const QList<int>& positions,
                            const QStringList& ops, const QStringList& identifiers)
    {
        QStringList seqs, tables, keys, news;
        for (int i = 0; i < positions.size(); ++i) {
            seqs << QString::number(positions.at(i));
            tables << QStringLiteral("applicant");
            keys << QStringLiteral("\"[\\\"%1\\\"]\"").arg(identifiers.at(i));
            news << QStringLiteral("\"{\\\"identifier\\\": \\\"%1\\\", \\\"kind\\\": "
                                   "\\\"person\\\", \\\"name\\\": \\\"甲\\\"}\"")
                        .arg(identifiers.at(i));
        }
        const auto joined = [](const QStringList& list) {
            return QStringLiteral("'{") + list.join(u',') + QStringLiteral("}'");
        };
        QStringList nulls;
        for (int i = 0; i < positions.size(); ++i)
            nulls << QStringLiteral("NULL");
        return QStringLiteral("SELECT onewindow.sync_push_rows('%1', %2::bigint[], %3::uuid[], "
                              "%4::text[], %5::text[], %6::jsonb[], %7::jsonb[])::text")
            .arg(client, joined(seqs), joined(ops), joined(tables), joined(keys), joined(nulls),
                 joined(news));
    }
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

private slots:
    void init()
    {
        m_central = std::make_unique<ScratchCentral>();
        QVERIFY2(m_central->error().isEmpty(), qPrintable(m_central->error()));
    }
    void cleanup() { m_central.reset(); }

    void initIsIdempotentAndAddCenterMakesALogin()
    {
        const QString url = adminUrl(*m_central);
        // The scratch database already has the schema: init finds it up to date, twice.
        for (int i = 0; i < 2; ++i) {
            const ProgramRun run = runProgram(QStringLiteral("app/cli/owctl"),
                                              {QStringLiteral("central"), QStringLiteral("init"),
                                               QStringLiteral("--central"), url});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QStringLiteral("central schema version %1 (up to date)")
                                          .arg(CentralSchema::latestVersion())
                                          .toUtf8()),
                     run.out.constData());
        }
        const QString code = randomCode(QStringLiteral("C"));
        const ProgramRun added =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("central"), QStringLiteral("add-center"), code,
                        QStringLiteral("西城区政务服务中心"), QStringLiteral("--central"), url},
                       {{QStringLiteral("OWCTL_NEW_PASSWORD"), QStringLiteral("Hall2026secret")}});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains((QStringLiteral("ow_") + code.toLower()).toUtf8()),
                 added.out.constData());
        QVERIFY(!added.out.contains("Hall2026secret") && !added.err.contains("Hall2026secret"));
        CentralSettings login = m_central->adminSettings();
        login.user = QStringLiteral("ow_") + code.toLower();
        login.password = QStringLiteral("Hall2026secret");
        QCOMPARE(asCenter(login, QStringLiteral("SELECT onewindow.sync_hello(1) ->> 'center'")),
                 QStringLiteral("ok:") + code);
        login.password = QStringLiteral("wrong-password");
        QVERIFY(asCenter(login, QStringLiteral("SELECT 1")).contains(QLatin1String("password")));

        const ProgramRun bad = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("central"), QStringLiteral("add-center"), QStringLiteral("x y"),
             QStringLiteral("Name"), QStringLiteral("--central"), url},
            {{QStringLiteral("OWCTL_NEW_PASSWORD"), QStringLiteral("Hall2026secret")}});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("2 to 16 letters or digits"), bad.err.constData());
    }

    void aMigrationFailingAfterItsFirstStatementIsSaidByItsCause()
    {
        // The store forgets that it has version 7 and later: upgrading runs 0007 again, whose
        // first statement (SET LOCAL) passes and whose next one finds its objects there (0007
        // creates an index and a table; a later migration may well run twice unharmed).
        const int forgotten = 7;
        QVERIFY(CentralSchema::latestVersion() >= forgotten);
        QSqlQuery(m_central->admin())
            .exec(QStringLiteral("DELETE FROM onewindow.schema_version WHERE version >= %1")
                      .arg(forgotten));
        const Result<int> upgraded = CentralSchema::upgrade(m_central->admin());
        QVERIFY(!upgraded.ok());
        QVERIFY2(
            upgraded.error().contains(QStringLiteral("version %1").arg(forgotten)) &&
                upgraded.error().contains(QLatin1String("already exists")) &&
                upgraded.error().contains(QStringLiteral("stays at version %1").arg(forgotten - 1)),
            qPrintable(upgraded.error()));
        const Result<int> version = CentralSchema::version(m_central->admin());
        QVERIFY(version.ok());
        QCOMPARE(version.value(), forgotten - 1);
    }

    void aCaseTakesTheStatusOfItsEventsWhateverTheBatchSays()
    {
        // A case's status in the store is its last event's (withdrawn once withdrawn), also when
        // a batch holds only new rows: an event sent alone for another window's case, or a new
        // case whose own row says otherwise than its events.
        const QString code = randomCode(QStringLiteral("S"));
        const CentralSettings login = m_central->addCenter(code);
        const auto op = [](const QString& table, const QString& key, const QString& row) {
            return QStringLiteral("{\"op\":\"%1\",\"table\":\"%2\",\"key\":%3,\"old\":null,"
                                  "\"new\":%4}")
                .arg(newId(), table, key, row);
        };
        const auto caseFile = [&](const QString& id, const QString& status) {
            return op(QStringLiteral("case_file"), QStringLiteral("\"[\\\"%1\\\"]\"").arg(id),
                      QStringLiteral("{\"id\":\"%1\",\"status\":\"%2\"}").arg(id, status));
        };
        const auto event = [&](const QString& id, int position, const QString& status) {
            return op(QStringLiteral("case_event"),
                      QStringLiteral("\"[\\\"%1\\\",%2]\"").arg(id).arg(position),
                      QStringLiteral("{\"case_id\":\"%1\",\"position\":%2,\"status\":\"%3\"}")
                          .arg(id)
                          .arg(position)
                          .arg(status));
        };
        const auto push = [&](const QStringList& ops) {
            return asCenter(login, QStringLiteral("SELECT onewindow.sync_push('%1', '[%2]')::text")
                                       .arg(newId(), ops.join(u',')));
        };
        const auto statusOf = [&](const QString& id) {
            return m_central->count(
                QStringLiteral("SELECT CASE data ->> 'status' WHEN 'received' THEN 1 WHEN "
                               "'accepted' THEN 2 WHEN 'withdrawn' THEN 3 ELSE 0 END FROM "
                               "onewindow.sync_row WHERE center_code = '%1' AND table_name = "
                               "'case_file' AND case_id = '%2'")
                    .arg(code, id));
        };
        const QString first = newId();
        QVERIFY(push({caseFile(first, QStringLiteral("received")),
                      event(first, 1, QStringLiteral("received"))})
                    .startsWith(QLatin1String("ok:")));
        QCOMPARE(statusOf(first), 1);
        // Another window's step, sent alone.
        QVERIFY(
            push({event(first, 2, QStringLiteral("accepted"))}).startsWith(QLatin1String("ok:")));
        QCOMPARE(statusOf(first), 2);
        // A new case whose row lags behind its events.
        const QString second = newId();
        QVERIFY(push({caseFile(second, QStringLiteral("received")),
                      event(second, 1, QStringLiteral("received")),
                      event(second, 2, QStringLiteral("withdrawn"))})
                    .startsWith(QLatin1String("ok:")));
        QCOMPARE(statusOf(second), 3);
    }

    void aKeyComingTwiceInABatchIsAppliedInBatchOrder()
    {
        // A batch of inserts only is not looked at for a key that comes twice (the insert
        // finds it); one with a delete is. Either way the operations apply in batch order.
        const QString code = randomCode(QStringLiteral("K"));
        const CentralSettings login = m_central->addCenter(code);
        const auto person = [](const QString& identifier, const QString& name) {
            return QStringLiteral("{\"identifier\":\"%1\",\"kind\":\"person\",\"name\":\"%2\"}")
                .arg(identifier, name);
        };
        const auto op = [](const QString& identifier, const QString& old, const QString& row) {
            return QStringLiteral("{\"op\":\"%1\",\"table\":\"applicant\",\"key\":"
                                  "\"[\\\"%2\\\"]\",\"old\":%3,\"new\":%4}")
                .arg(newId(), identifier, old, row);
        };
        const auto push = [&](const QStringList& ops) {
            return asCenter(login, QStringLiteral("SELECT onewindow.sync_push('%1', '[%2]')::text")
                                       .arg(newId(), ops.join(u',')));
        };
        const auto live = [&](const QString& identifier, const QString& name) {
            return m_central->count(
                QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE center_code = '%1' "
                               "AND table_name = 'applicant' AND data ->> 'identifier' = '%2' "
                               "AND data ->> 'name' = '%3'")
                    .arg(code, identifier, name));
        };
        const QString twice = QStringLiteral("110105194912310013");
        QString answer =
            push({op(twice, QStringLiteral("null"), person(twice, QStringLiteral("甲"))),
                  op(twice, QStringLiteral("null"), person(twice, QStringLiteral("甲")))});
        QVERIFY2(answer.contains(QLatin1String("\"applied\": 2")), qPrintable(answer));
        QCOMPARE(live(twice, QStringLiteral("甲")), 1);

        // Taken off and entered again in one batch, its first entry never sent (a scan replaced
        // before the round, whose first file is gone): the delete first, then the new row, which
        // stays. (The store does not hold the key: the insert alone would not fail.)
        const QString again = QStringLiteral("110105194912310021");
        answer = push({op(again, person(again, QStringLiteral("乙")), QStringLiteral("null")),
                       op(again, QStringLiteral("null"), person(again, QStringLiteral("丙")))});
        QVERIFY2(answer.contains(QLatin1String("\"applied\": 2")), qPrintable(answer));
        QCOMPARE(live(again, QStringLiteral("丙")), 1);
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1' AND row_key LIKE '%%%2%%'")
                                      .arg(code, again)),
                 1);

        // A row that is not a JSON object counts as none: an old one that is text makes an
        // insert; a new one that is an array, with no old one, is refused by name.
        const QString odd = QStringLiteral("11010519491231003X");
        answer = push({op(odd, QStringLiteral("\"text\""), person(odd, QStringLiteral("丁")))});
        QVERIFY2(answer.contains(QLatin1String("\"applied\": 1")), qPrintable(answer));
        QCOMPARE(live(odd, QStringLiteral("丁")), 1);
        answer = push({op(QStringLiteral("110105194912310048"), QStringLiteral("null"),
                          QStringLiteral("[1, 2]"))});
        QVERIFY2(answer.contains(QLatin1String("has no key or no row")), qPrintable(answer));
    }

    void aBatchIsClaimedOnceByItsPositionsAndOperationIds()
    {
        const QString code = randomCode(QStringLiteral("P"));
        const CentralSettings login = m_central->addCenter(code);
        const QString client = newId();
        const QStringList ops = {newId(), newId()};
        const QStringList people = {QStringLiteral("110105194912310021"),
                                    QStringLiteral("11010519491231002X")};
        QString answer = asCenter(login, batchSql(client, {1, 2}, ops, people));
        QVERIFY2(answer.contains(QLatin1String("\"applied\": 2")), qPrintable(answer));
        // The same batch again (its answer was lost): nothing applied twice.
        answer = asCenter(login, batchSql(client, {1, 2}, ops, people));
        QVERIFY2(answer.contains(QLatin1String("\"skipped\": 2")), qPrintable(answer));
        // A longer replay: the first two were applied, the third is new.
        const QString third = newId();
        answer =
            asCenter(login, batchSql(client, {1, 2, 3}, ops + QStringList{third},
                                     people + QStringList{QStringLiteral("110105194912310048")}));
        QVERIFY2(answer.contains(QLatin1String("\"applied\": 1")) &&
                     answer.contains(QLatin1String("\"skipped\": 2")),
                 qPrintable(answer));
        // The same positions taken by other operations (a workstation restored from an older
        // copy numbers its outbox again): new operations, applied.
        answer = asCenter(login, batchSql(client, {1, 2}, {newId(), newId()},
                                          {QStringLiteral("110105194912310056"),
                                           QStringLiteral("110105194912310064")}));
        QVERIFY2(answer.contains(QLatin1String("\"applied\": 2")), qPrintable(answer));
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1' AND table_name = 'applicant'")
                                      .arg(code)),
                 5);
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.claimed_op WHERE "
                                                 "center_code = '%1'")
                                      .arg(code)),
                 5);
        // One row per batch, not one per operation.
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.applied_batch "
                                                 "WHERE center_code = '%1'")
                                      .arg(code)),
                 3);
        // Positions out of order are refused, nothing stored.
        answer = asCenter(login, batchSql(client, {9, 8}, {newId(), newId()},
                                          {QStringLiteral("110105194912310072"),
                                           QStringLiteral("110105194912310080")}));
        QVERIFY2(answer.contains(QLatin1String("strictly ascending")), qPrintable(answer));
        // Arrays numbered from another index than 1 are refused (elements go by position).
        answer = asCenter(login, batchSql(client, {10, 11}, {newId(), newId()},
                                          {QStringLiteral("110105194912310099"),
                                           QStringLiteral("11010519491231010X")})
                                     .replace(QLatin1String("'{10,11}'::bigint[]"),
                                              QLatin1String("'[0:1]={10,11}'::bigint[]")));
        QVERIFY2(answer.contains(QLatin1String("numbered from 1")), qPrintable(answer));
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1'")
                                      .arg(code)),
                 5);
    }

    void aSecondPushOfTheSameBatchWaitsAndSkipsIt()
    {
        // owctl sync beside the program: two connections push the same batch of one
        // workstation at once. The second waits for the first and then finds it claimed.
        const QString code = randomCode(QStringLiteral("W"));
        const CentralSettings login = m_central->addCenter(code);
        const QString client = newId();
        const QString sql =
            batchSql(client, {1}, {newId()}, {QStringLiteral("110105194912310021")});
        {
            auto first = login.open(QStringLiteral("first-push"));
            QVERIFY2(first, qPrintable(first.error()));
            QSqlQuery query(first.value());
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY2(query.exec(sql) && query.next(), qPrintable(query.lastError().text()));
            QVERIFY(query.value(0).toString().contains(QLatin1String("\"applied\": 1")));
            std::atomic<bool> done = false;
            QString second;
            std::thread other([&] {
                second = asCenter(login, sql);
                done = true;
            });
            QTest::qWait(400);
            const bool waited = !done;
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            other.join();
            QVERIFY2(waited, "the second push did not wait for the first");
            QVERIFY2(second.contains(QLatin1String("\"skipped\": 1")), qPrintable(second));
        }
        CentralSettings::closeConnection(QStringLiteral("first-push"));
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1'")
                                      .arg(code)),
                 1);
    }

    void aHallSeesAndWritesOnlyItsOwnRowsEvenWithHandWrittenSql()
    {
        const QString a = randomCode(QStringLiteral("A"));
        const QString b = randomCode(QStringLiteral("B"));
        const CentralSettings loginA = m_central->addCenter(a);
        const CentralSettings loginB = m_central->addCenter(b);
        QVERIFY(
            asCenter(loginA, pushSql(QStringLiteral("11010519491231002X"), QStringLiteral("甲")))
                .startsWith(QLatin1String("ok:")));
        QVERIFY(
            asCenter(loginB, pushSql(QStringLiteral("110105194912310021"), QStringLiteral("乙")))
                .startsWith(QLatin1String("ok:")));

        // No table rights at all: only the functions.
        QVERIFY(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.sync_row"))
                    .contains(QLatin1String("permission denied")));
        QVERIFY(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.center"))
                    .contains(QLatin1String("permission denied")));
        QVERIFY(asCenter(loginA, QStringLiteral("SELECT onewindow.add_center('ZZ', 'x', "
                                                "'12345678')"))
                    .contains(QLatin1String("permission denied")));
        // The pull of A carries A's applicant only.
        const QString pulled = asCenter(
            loginA, QStringLiteral("SELECT onewindow.sync_pull(NULL, '0', 0, 100, true)::text"));
        QVERIFY2(pulled.contains(QLatin1String("11010519491231002X")), qPrintable(pulled));
        QVERIFY2(!pulled.contains(QLatin1String("110105194912310021")), qPrintable(pulled));

        // Even granted the table by mistake, row-level security holds.
        QSqlQuery grant(m_central->admin());
        QVERIFY(grant.exec(QStringLiteral(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON onewindow.sync_row TO ow_center; "
            "GRANT USAGE ON SEQUENCE onewindow.sync_row_seq TO ow_center")));
        QCOMPARE(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1'")
                                      .arg(b)),
                 QStringLiteral("ok:0"));
        QCOMPARE(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "table_name = 'applicant'")),
                 QStringLiteral("ok:1"));
        const QString inserted =
            asCenter(loginA, QStringLiteral("INSERT INTO onewindow.sync_row (center_code, "
                                            "table_name, row_key, data) VALUES ('%1', "
                                            "'applicant', '[\"x\"]', '{}')")
                                 .arg(b));
        QVERIFY2(inserted.contains(QLatin1String("row-level security")), qPrintable(inserted));
        QCOMPARE(asCenter(loginA, QStringLiteral("UPDATE onewindow.sync_row SET data = '{}' WHERE "
                                                 "center_code = '%1'")
                                      .arg(b)),
                 QStringLiteral("ok:0"));
        QCOMPARE(asCenter(loginA, QStringLiteral("DELETE FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1'")
                                      .arg(b)),
                 QStringLiteral("ok:0"));
        // A push by A that names B's row lands in A's rows, never in B's.
        QVERIFY(
            asCenter(loginA, pushSql(QStringLiteral("110105194912310021"), QStringLiteral("伪")))
                .startsWith(QLatin1String("ok:")));
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1' AND data ->> 'name' = '乙'")
                                      .arg(b)),
                 1);
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1'")
                                      .arg(b)),
                 1);
    }

    void storedAuditAndEventRecordsCannotBeChangedThroughTheSyncFunctions()
    {
        const QString code = randomCode(QStringLiteral("L"));
        const CentralSettings login = m_central->addCenter(code);
        auto op = [](const QString& table, const QString& key, const QString& oldRow,
                     const QString& newRow) {
            return QStringLiteral("SELECT onewindow.sync_push('%1', '[{\"op\":\"%2\",\"table\":"
                                  "\"%3\",\"key\":\"%4\",\"old\":%5,\"new\":%6}]')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                     QUuid::createUuid().toString(QUuid::WithoutBraces), table, key, oldRow,
                     newRow);
        };
        const QString auditKey = QStringLiteral("[\\\"c1\\\",1]");
        const QString record = QStringLiteral("{\"sequence\":1,\"action\":\"sign_in\"}");
        const QString forged = QStringLiteral("{\"sequence\":1,\"action\":\"nothing\"}");
        QVERIFY(asCenter(login,
                         op(QStringLiteral("audit_log"), auditKey, QStringLiteral("null"), record))
                    .contains(QLatin1String("\"conflicts\": 0")));
        QVERIFY(asCenter(login, op(QStringLiteral("audit_log"), auditKey, record, forged))
                    .contains(QLatin1String("\"conflicts\": 1")));
        QVERIFY(asCenter(login,
                         op(QStringLiteral("audit_log"), auditKey, record, QStringLiteral("null")))
                    .contains(QLatin1String("\"conflicts\": 1")));
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "table_name = 'audit_log' AND data ->> 'action' = "
                                                 "'sign_in'")),
                 1);
        const QString eventKey = QStringLiteral("[\\\"c1\\\",1]");
        const QString event =
            QStringLiteral("{\"case_id\":\"c1\",\"position\":1,\"status\":\"received\"}");
        QVERIFY(asCenter(login,
                         op(QStringLiteral("case_event"), eventKey, QStringLiteral("null"), event))
                    .startsWith(QLatin1String("ok:")));
        QVERIFY(asCenter(login,
                         op(QStringLiteral("case_event"), eventKey, event, QStringLiteral("null")))
                    .contains(QLatin1String("\"conflicts\": 1")));
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "table_name = 'case_event' AND data IS NOT NULL")),
                 1);
    }

    void referenceDataReachesEveryHall()
    {
        const QString a = randomCode(QStringLiteral("R"));
        const CentralSettings login = m_central->addCenter(a);
        QFile file(m_dir.filePath(QStringLiteral("holidays.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"source": "test", "licence": "test", "years": [{"year": 2027, "version": "2027-1", "notice": "test",
                       "holidays": [{"name": "元旦", "days": ["2027-01-01"]}],
                       "workdays": []}]})");
        file.close();
        for (int version = 1; version <= 2; ++version) {
            const ProgramRun run =
                runProgram(QStringLiteral("app/cli/owctl"),
                           {QStringLiteral("central"), QStringLiteral("publish"),
                            QStringLiteral("calendar"), QStringLiteral("holidays"), file.fileName(),
                            QStringLiteral("--central"), adminUrl(*m_central)});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QStringLiteral("version %1 published").arg(version).toUtf8()),
                     run.out.constData());
        }
        QCOMPARE(asCenter(login, QStringLiteral("SELECT version FROM onewindow.reference_data "
                                                "WHERE kind = 'calendar'")),
                 QStringLiteral("ok:2"));
        Workstation w(m_dir.path(), a, 1, login);
        const Result<SyncReport> report = w.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(
            w.value(QStringLiteral("SELECT version || ' ' || json_extract(body, "
                                   "'$.years[0].holidays[0].days[0]') FROM sync_reference WHERE "
                                   "kind = 'calendar' AND key = 'holidays'"))
                .toString(),
            QStringLiteral("2 2027-01-01"));
    }

    void owctlSyncSaysWhatMovedAndFailsPlainly()
    {
        const QString code = randomCode(QStringLiteral("O"));
        const CentralSettings login = m_central->addCenter(code);
        Workstation w(m_dir.path(), code, 1, login);
        w.addCase(1);
        const QString db = w.path();
        const QString url = m_central->urlOf(login);
        const QHash<QString, QString> env = {
            {QStringLiteral("PGPASSWORD"), ScratchCentral::password()}};
        const ProgramRun first = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--central"), url},
            env);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^pushed \\d+, pulled 0, conflicts 0\\n$"))
                     .match(QString::fromUtf8(first.out))
                     .hasMatch(),
                 first.out.constData());
        // The address is remembered, without the password.
        const ProgramRun again =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("--db"), db, QStringLiteral("sync")}, env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray("pushed 0, pulled 0, conflicts 0\n"));
        const ProgramRun status = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(url.toUtf8()) && status.out.contains("pending: 0"),
                 status.out.constData());

        // The password kept beside the database, owner-only: no PGPASSWORD needed any more.
        const ProgramRun saved = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--save-password")},
            {{QStringLiteral("OWCTL_CENTRAL_PASSWORD"), ScratchCentral::password()},
             {QStringLiteral("PGPASSWORD"), QString()}});
        QCOMPARE(saved.exitCode, 0);
        const QString passwordFile = CentralSettings::passwordFileFor(db);
        const QFile::Permissions mode = QFileInfo(passwordFile).permissions();
        QVERIFY(mode.testFlag(QFile::ReadOwner));
        QCOMPARE(int(mode & 0x0077), 0); // nothing for group or others;
        const ProgramRun withFile = runProgram(QStringLiteral("app/cli/owctl"),
                                               {QStringLiteral("--db"), db, QStringLiteral("sync")},
                                               {{QStringLiteral("PGPASSWORD"), QString()}});
        QCOMPARE(withFile.exitCode, 0);
        QVERIFY(!withFile.out.contains(ScratchCentral::password().toUtf8()));
        QVERIFY(!status.out.contains(ScratchCentral::password().toUtf8()));
        QVERIFY(QFile::remove(passwordFile));

        const ProgramRun wrong = runProgram(
            QStringLiteral("app/cli/owctl"), {QStringLiteral("--db"), db, QStringLiteral("sync")},
            {{QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password")}});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.startsWith("owctl: sync failed: Cannot reach the central store") &&
                     wrong.err.contains("password"),
                 wrong.err.constData());
        QVERIFY(!wrong.err.contains("not-the-password"));
        const ProgramRun badUrl =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("--db"), db, QStringLiteral("sync"),
                        QStringLiteral("--central"), QStringLiteral("mysql://x@y/z")});
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(badUrl.err.contains("not a PostgreSQL URL"), badUrl.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCentralStore)
#include "TestCentralStore.moc"
