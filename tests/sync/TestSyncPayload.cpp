// The decoding of the central store's answers (db/sync/SyncPayload), which SyncEngine applies
// only when they decode whole: the answers the store gives today decode to what the engine uses,
// and malformed ones (a page without rows or cursor, wrong types, a key of the wrong arity) are
// refused with a message naming what is wrong. Pure functions: no PostgreSQL needed.
#include "SyncPayload.h"

#include <QTest>

using namespace ow;

class TestSyncPayload : public QObject
{
    Q_OBJECT

private slots:
    void helloAsTheStoreSendsItDecodes()
    {
        const auto hello =
            SyncPayload::decodeHello("{\"schema\": 5, \"center\": \"XC01\", \"changes\": false, "
                                     "\"behind\": true, \"protocol\": 1,"
                                     " \"center_name\": \"薛城区\"}");
        QVERIFY2(hello, qPrintable(hello.error()));
        QCOMPARE(hello.value().protocol, 1);
        QCOMPARE(hello.value().schema, 5);
        QCOMPARE(hello.value().center, QStringLiteral("XC01"));
        QCOMPARE(hello.value().changes, false);
        QCOMPARE(hello.value().behind, true);
        // A login that is no hall's: no center, and neither flag (the engine refuses by name).
        const auto stranger =
            SyncPayload::decodeHello("{\"schema\": 5, \"center\": null, \"protocol\": 1}");
        QVERIFY2(stranger, qPrintable(stranger.error()));
        QVERIFY(stranger.value().center.isEmpty());
        QCOMPARE(stranger.value().changes, true);
        QCOMPARE(stranger.value().behind, false);
    }

    void pushAnswerDecodes()
    {
        const auto answer =
            SyncPayload::decodePushAnswer("{\"applied\": 10, \"skipped\": 1, \"conflicts\": 2}");
        QVERIFY2(answer, qPrintable(answer.error()));
        QCOMPARE(answer.value().applied, 10);
        QCOMPARE(answer.value().skipped, 1);
        QCOMPARE(answer.value().conflicts, 2);
    }

    void pullPageDecodesRowsTombstonesAndCursor()
    {
        const auto page =
            SyncPayload::decodePullPage("{\"xid\": \"1236\", \"read\": 5, \"rows\": [{\"key\": "
                                        "\"[\\\"a1b2\\\"]\", \"data\": {\"id\": \"a1b2\","
                                        " \"n\": 3}, \"table\": \"case_file\"}, {\"key\": "
                                        "\"[\\\"r1\\\", 2]\", \"data\": null, \"table\":"
                                        " \"rating\"}], \"seq\": 3}");
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page.value().read, 5);
        QCOMPARE(page.value().xid, QStringLiteral("1236"));
        QCOMPARE(page.value().seq, 3);
        QCOMPARE(page.value().rows.size(), 2);
        const PulledRow& row = page.value().rows.at(0);
        QCOMPARE(row.table, QStringLiteral("case_file"));
        QVERIFY(!row.tombstone);
        QCOMPARE(row.data.value(QStringLiteral("n")).toInt(), 3);
        const PulledRow& gone = page.value().rows.at(1);
        QVERIFY(gone.tombstone);
        const auto key = SyncPayload::decodeKey(gone.key, 2);
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(key.value().at(0).toString(), QStringLiteral("r1"));
        QCOMPARE(key.value().at(1).toInt(), 2);
        // The end of the log: nothing read, no cursor.
        const auto end = SyncPayload::decodePullPage(
            "{\"xid\": null, \"read\": 0, \"rows\": [], \"seq\": null}");
        QVERIFY2(end, qPrintable(end.error()));
        QCOMPARE(end.value().read, 0);
        QVERIFY(end.value().rows.isEmpty());
    }

    void parentsByKeyDecodeAsRowsOfAPage()
    {
        // sync_pull_rows: the rows of a page without a cursor.
        const auto rows = SyncPayload::decodePulledRows(
            "{\"rows\": [{\"key\": \"[\\\"a1b2\\\"]\", \"data\": {\"id\": \"a1b2\"}, "
            "\"table\": \"case_file\"}]}");
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().at(0).table, QStringLiteral("case_file"));
        QCOMPARE(rows.value().at(0).key, QStringLiteral("[\"a1b2\"]"));
        QCOMPARE(rows.value().at(0).data.value(QStringLiteral("id")).toString(),
                 QStringLiteral("a1b2"));
        const auto none = SyncPayload::decodePulledRows("{\"rows\": []}");
        QVERIFY2(none, qPrintable(none.error()));
        QVERIFY(none.value().isEmpty());
        // Refused, naming what is wrong.
        const auto noList = SyncPayload::decodePulledRows("{\"rows\": null}");
        QVERIFY(!noList);
        QVERIFY(noList.error().contains(QStringLiteral("list of rows")));
        const auto noTable = SyncPayload::decodePulledRows(
            "{\"rows\": [{\"key\": \"[1]\", \"data\": {}, \"table\": \"\"}]}");
        QVERIFY(!noTable);
        QVERIFY(noTable.error().contains(QStringLiteral("names no table")));
        const auto notJson = SyncPayload::decodePulledRows("[");
        QVERIFY(!notJson);
        QVERIFY(notJson.error().contains(QStringLiteral("sync_pull_rows")));
    }

    void countCheckDecodes()
    {
        const auto check = SyncPayload::decodeCountCheck(
            "{\"counts\": {\"case_file\": 3, \"case_event\": 7}, \"moved\": false, \"closed\":"
            " [\"refused\", \"concluded\"], \"cutoff\": \"2026-08-31\", \"case_fields\": "
            "{\"case_event\":"
            " \"case_id\"}}");
        QVERIFY2(check, qPrintable(check.error()));
        QCOMPARE(check.value().counts.value(QStringLiteral("case_event")), 7);
        QCOMPARE(check.value().caseFields.value(QStringLiteral("case_event")),
                 QStringLiteral("case_id"));
        QCOMPARE(check.value().closed,
                 (QStringList{QStringLiteral("refused"), QStringLiteral("concluded")}));
        QCOMPARE(check.value().cutoff, QStringLiteral("2026-08-31"));
        QVERIFY(!check.value().moved);
        // No tables kept on both sides: jsonb_object_agg of nothing is null.
        const auto empty = SyncPayload::decodeCountCheck(
            "{\"counts\": null, \"moved\": true, \"closed\": [], \"cutoff\": \"2026-08-31\", "
            "\"case_fields\": null}");
        QVERIFY2(empty, qPrintable(empty.error()));
        QVERIFY(empty.value().counts.isEmpty());
        QVERIFY(empty.value().moved);
    }

    void malformedAnswersAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("named"); // what the message must name

        QTest::newRow("hello not JSON")
            << QStringLiteral("hello") << QByteArray("{\"protocol\": 1,")
            << QStringLiteral("not JSON");
        QTest::newRow("hello an array")
            << QStringLiteral("hello") << QByteArray("[1]") << QStringLiteral("JSON object");
        QTest::newRow("hello protocol as text")
            << QStringLiteral("hello")
            << QByteArray("{\"protocol\": \"1\", \"schema\": 5, \"center\": \"XC01\"}")
            << QStringLiteral("protocol or schema");
        QTest::newRow("hello no schema")
            << QStringLiteral("hello") << QByteArray("{\"protocol\": 1, \"center\": \"XC01\"}")
            << QStringLiteral("protocol or schema");
        QTest::newRow("hello center a number")
            << QStringLiteral("hello")
            << QByteArray("{\"protocol\": 1, \"schema\": 5, \"center\": 7}")
            << QStringLiteral("names its hall");
        QTest::newRow("hello changes as text")
            << QStringLiteral("hello")
            << QByteArray(
                   "{\"protocol\": 1, \"schema\": 5, \"center\": \"XC01\", \"changes\": \"yes\"}")
            << QStringLiteral("anything new");
        QTest::newRow("push conflicts missing")
            << QStringLiteral("push") << QByteArray("{\"applied\": 1, \"skipped\": 0}")
            << QStringLiteral("conflict count");
        QTest::newRow("push conflicts negative")
            << QStringLiteral("push")
            << QByteArray("{\"applied\": 1, \"skipped\": 0, \"conflicts\": -1}")
            << QStringLiteral("conflict count");
        QTest::newRow("push applied as text")
            << QStringLiteral("push")
            << QByteArray("{\"applied\": \"1\", \"skipped\": 0, \"conflicts\": 0}")
            << QStringLiteral("\"applied\"");
        QTest::newRow("page rows missing")
            << QStringLiteral("pull") << QByteArray("{\"read\": 2, \"xid\": \"9\", \"seq\": 2}")
            << QStringLiteral("no list of rows");
        QTest::newRow("page rows an object")
            << QStringLiteral("pull")
            << QByteArray("{\"read\": 2, \"rows\": {}, \"xid\": \"9\", \"seq\": 2}")
            << QStringLiteral("no list of rows");
        QTest::newRow("page read missing")
            << QStringLiteral("pull") << QByteArray("{\"rows\": [], \"xid\": \"9\", \"seq\": 2}")
            << QStringLiteral("\"read\"");
        QTest::newRow("page read a fraction")
            << QStringLiteral("pull")
            << QByteArray("{\"read\": 1.5, \"rows\": [], \"xid\": \"9\", \"seq\": 2}")
            << QStringLiteral("\"read\"");
        QTest::newRow("page more rows than read")
            << QStringLiteral("pull")
            << QByteArray("{\"read\": 0, \"rows\": [{\"table\": \"t\", \"key\": \"[1]\", \"data\": "
                          "null}]}")
            << QStringLiteral("read only 0");
        QTest::newRow("page cursor missing")
            << QStringLiteral("pull") << QByteArray("{\"read\": 1, \"rows\": []}")
            << QStringLiteral("no cursor");
        QTest::newRow("page xid not a number")
            << QStringLiteral("pull")
            << QByteArray("{\"read\": 1, \"rows\": [], \"xid\": \"0'; --\", \"seq\": 1}")
            << QStringLiteral("no cursor");
        QTest::newRow("page seq as text")
            << QStringLiteral("pull")
            << QByteArray("{\"read\": 1, \"rows\": [], \"xid\": \"9\", \"seq\": \"1\"}")
            << QStringLiteral("no cursor");
        QTest::newRow("row not an object")
            << QStringLiteral("pull")
            << QByteArray("{\"read\": 1, \"rows\": [1], \"xid\": \"9\", \"seq\": 1}")
            << QStringLiteral("Row 1 ");
        QTest::newRow("row without table")
            << QStringLiteral("pull")
            << QByteArray(
                   "{\"read\": 2, \"rows\": [{\"table\": \"t\", \"key\": \"[1]\", \"data\": null},"
                   " {\"key\": \"[1]\", \"data\": {}}], \"xid\": \"9\", \"seq\": 1}")
            << QStringLiteral("Row 2 of the central store's page of changes names no table");
        QTest::newRow("row key an array")
            << QStringLiteral("pull")
            << QByteArray(
                   "{\"read\": 1, \"rows\": [{\"table\": \"t\", \"key\": [1], \"data\": null}],"
                   " \"xid\": \"9\", \"seq\": 1}")
            << QStringLiteral("no row key");
        QTest::newRow("row data text") << QStringLiteral("pull")
                                       << QByteArray("{\"read\": 1, \"rows\": [{\"table\": \"t\", "
                                                     "\"key\": \"[1]\", \"data\": \"x\"}],"
                                                     " \"xid\": \"9\", \"seq\": 1}")
                                       << QStringLiteral("has no data");
        QTest::newRow("row data missing")
            << QStringLiteral("pull")
            << QByteArray(
                   "{\"read\": 1, \"rows\": [{\"table\": \"t\", \"key\": \"[1]\"}], \"xid\": \"9\","
                   " \"seq\": 1}")
            << QStringLiteral("has no data");
        QTest::newRow("key of two for one column")
            << QStringLiteral("key1") << QByteArray("[\"a\", 2]")
            << QStringLiteral("list of 1 value");
        QTest::newRow("key not JSON")
            << QStringLiteral("key1") << QByteArray("a1b2") << QStringLiteral("list of 1 value");
        QTest::newRow("key nested") << QStringLiteral("key1") << QByteArray("[[\"a\"]]")
                                    << QStringLiteral("list or an object");
        QTest::newRow("check cutoff missing")
            << QStringLiteral("check")
            << QByteArray("{\"counts\": {}, \"case_fields\": {}, \"closed\": [], \"moved\": false}")
            << QStringLiteral("cutoff");
        QTest::newRow("check count as text")
            << QStringLiteral("check")
            << QByteArray(
                   "{\"counts\": {\"case_file\": \"3\"}, \"case_fields\": {}, \"closed\": [],"
                   " \"cutoff\": \"2026-08-31\", \"moved\": false}")
            << QStringLiteral("count of case_file");
        QTest::newRow("check closed not a list")
            << QStringLiteral("check")
            << QByteArray("{\"counts\": {}, \"case_fields\": {}, \"closed\": \"refused\","
                          " \"cutoff\": \"2026-08-31\", \"moved\": false}")
            << QStringLiteral("closed statuses");
        QTest::newRow("check moved missing")
            << QStringLiteral("check")
            << QByteArray("{\"counts\": {}, \"case_fields\": {}, \"closed\": [],"
                          " \"cutoff\": \"2026-08-31\"}")
            << QStringLiteral("moved");
    }

    void malformedAnswersAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, answer);
        QFETCH(QString, named);
        QString error;
        if (kind == u"hello") {
            const auto decoded = SyncPayload::decodeHello(answer);
            QVERIFY(!decoded);
            error = decoded.error();
        } else if (kind == u"push") {
            const auto decoded = SyncPayload::decodePushAnswer(answer);
            QVERIFY(!decoded);
            error = decoded.error();
        } else if (kind == u"pull") {
            const auto decoded = SyncPayload::decodePullPage(answer);
            QVERIFY(!decoded);
            error = decoded.error();
        } else if (kind == u"check") {
            const auto decoded = SyncPayload::decodeCountCheck(answer);
            QVERIFY(!decoded);
            error = decoded.error();
        } else {
            const auto decoded = SyncPayload::decodeKey(QString::fromUtf8(answer), 1);
            QVERIFY(!decoded);
            error = decoded.error();
        }
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSyncPayload)
#include "TestSyncPayload.moc"
