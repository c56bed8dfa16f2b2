// owctl catalog export --csv | import | check | publish | versions and guide versions | diff, as
// the hall's IT person runs them: real processes on a real database file.
#include "ProgramRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ow::test::ProgramRun;

Run owctl(const QString& db, const QStringList& arguments)
{
    return ow::test::runProgram(
        QStringLiteral("app/cli/owctl"), QStringList{QStringLiteral("--db"), db} + arguments,
        {{QStringLiteral("OWCTL_PASSWORD"), QStringLiteral("Counter2026ok")},
         {QStringLiteral("OWCTL_NEW_PASSWORD"), QStringLiteral("Counter2026ok")},
         {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
}

} // namespace

class TestOwctlCatalogAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("hall.sqlite"));
        const Run init =
            owctl(m_db, {QStringLiteral("init"), QStringLiteral("--center"), QStringLiteral("XC01"),
                         QStringLiteral("--center-name"), QStringLiteral("中心"),
                         QStringLiteral("--window"), QStringLiteral("1"), QStringLiteral("--admin"),
                         QStringLiteral("admin")});
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(
            owctl(m_db, {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                         QStringLiteral("add"), QStringLiteral("clerk"), QStringLiteral("--role"),
                         QStringLiteral("clerk")})
                .exitCode,
            0);
    }

    void publishingIsForAdministratorsAndMakesVersionOne()
    {
        const Run clerk = owctl(m_db, {QStringLiteral("--user"), QStringLiteral("clerk"),
                                       QStringLiteral("catalog"), QStringLiteral("publish"),
                                       QStringLiteral("--note"), QStringLiteral("x")});
        QCOMPARE(clerk.exitCode, 4);
        const Run check = owctl(m_db, {QStringLiteral("catalog"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        const Run published = owctl(m_db, {QStringLiteral("--user"), QStringLiteral("admin"),
                                           QStringLiteral("catalog"), QStringLiteral("publish"),
                                           QStringLiteral("--note"), QStringLiteral("首次发布"),
                                           QStringLiteral("--effective"),
                                           QStringLiteral("2026-12-01"), QStringLiteral("--json")});
        QVERIFY2(published.exitCode == 0, published.err.constData());
        QCOMPARE(QJsonDocument::fromJson(published.out).object().value(QStringLiteral("version")),
                 QJsonValue(1));
        const Run versions = owctl(m_db, {QStringLiteral("catalog"), QStringLiteral("versions"),
                                          QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(versions.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("首次发布"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("items")).toInt(), 221);
    }

    void aCsvRoundTripsThroughImport()
    {
        const Run csv = owctl(
            m_db, {QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("\xEF\xBB\xBF"));
        const QString file = m_dir.filePath(QStringLiteral("catalog.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv.out);
        out.close();
        const Run imported =
            owctl(m_db, {QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("catalog"), QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("221"));
        // Nothing changed, so nothing stops the next publication.
        QCOMPARE(owctl(m_db, {QStringLiteral("catalog"), QStringLiteral("check")}).exitCode, 0);
    }

    void aBrokenFileIsRefusedByLine()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("lifecycle_code,name\r\nE,x\r\n");
        out.close();
        const Run imported =
            owctl(m_db, {QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("catalog"), QStringLiteral("import"), file});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains("line 1"), imported.err.constData());
    }

    void guideVersionsAndDiff()
    {
        const Run versions = owctl(
            m_db, {QStringLiteral("guide"), QStringLiteral("versions"), QStringLiteral("E001")});
        QCOMPARE(versions.exitCode, 0);
        QVERIFY2(versions.out.startsWith("v1  "), versions.out.constData());
        const Run same =
            owctl(m_db, {QStringLiteral("guide"), QStringLiteral("diff"), QStringLiteral("E001"),
                         QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(same.out).object().value(QStringLiteral("changed")),
                 QJsonValue(0));
        const Run missing =
            owctl(m_db, {QStringLiteral("guide"), QStringLiteral("diff"), QStringLiteral("E001"),
                         QStringLiteral("1"), QStringLiteral("9")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no guide version 9"));
    }

    // The ledger's 集成办 count is at most the items in scenes of two or more, worked out here
    // from the exported catalog; 企业开办 (E1.1, every item with a guide) is 集成办 and an item of
    // a scene without guides is not; every item is in exactly one row; nothing is 全域办 in the
    // seed; an item is 极简办 only with a reason; the text form has one line per lifecycle.
    void theLedgerCountsAgainstTheTarget()
    {
        const Run exported = owctl(
            m_db, {QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        QHash<QString, int> items, integrated;
        const QJsonArray lifecycles = QJsonDocument::fromJson(exported.out)
                                          .object()
                                          .value(QStringLiteral("lifecycles"))
                                          .toArray();
        for (const QJsonValue& lifecycle : lifecycles) {
            const QString code = lifecycle.toObject().value(QStringLiteral("code")).toString();
            for (const QJsonValue& stage :
                 lifecycle.toObject().value(QStringLiteral("stages")).toArray())
                for (const QJsonValue& scene :
                     stage.toObject().value(QStringLiteral("scenes")).toArray()) {
                    const int size =
                        int(scene.toObject().value(QStringLiteral("items")).toArray().size());
                    items[code] += size;
                    if (size >= 2)
                        integrated[code] += size;
                }
        }
        const Run ledger = owctl(
            m_db, {QStringLiteral("catalog"), QStringLiteral("ledger"), QStringLiteral("--json")});
        QVERIFY2(ledger.exitCode == 0, ledger.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(ledger.out).object();
        QCOMPARE(root.value(QStringLiteral("target")).toInt(), 100);
        const QJsonArray counts = root.value(QStringLiteral("lifecycles")).toArray();
        QCOMPARE(counts.size(), 2);
        int minimal = 0;
        for (const QJsonValue& value : root.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = value.toObject();
            const bool isMinimal = item.value(QStringLiteral("minimal")).toBool();
            QCOMPARE(isMinimal, !item.value(QStringLiteral("minimal_why")).toArray().isEmpty());
            QVERIFY(!item.value(QStringLiteral("anywhere")).toBool());
            const QString code = item.value(QStringLiteral("code")).toString();
            if (item.value(QStringLiteral("scene")).toString() == QLatin1String("E1.1"))
                QVERIFY2(item.value(QStringLiteral("integrated")).toBool(), qPrintable(code));
            if (code == QLatin1String("E008"))
                QVERIFY(!item.value(QStringLiteral("integrated")).toBool());
            minimal += isMinimal ? 1 : 0;
        }
        QCOMPARE(root.value(QStringLiteral("items")).toArray().size(), 221);
        int minimalCounted = 0;
        for (const QJsonValue& value : counts) {
            const QJsonObject count = value.toObject();
            const QString code = count.value(QStringLiteral("code")).toString();
            QCOMPARE(count.value(QStringLiteral("items")).toInt(), items.value(code));
            QVERIFY(count.value(QStringLiteral("integrated")).toInt() <= integrated.value(code));
            QCOMPARE(count.value(QStringLiteral("anywhere")).toInt(), 0);
            QVERIFY(count.value(QStringLiteral("counted")).toInt() >=
                    count.value(QStringLiteral("integrated")).toInt());
            minimalCounted += count.value(QStringLiteral("minimal")).toInt();
        }
        QCOMPARE(minimalCounted, minimal);
        QVERIFY(minimal > 0); // the seed guides let e-licences replace materials
        QVERIFY(counts.at(0).toObject().value(QStringLiteral("integrated")).toInt() >= 7);
        const Run text = owctl(m_db, {QStringLiteral("catalog"), QStringLiteral("ledger")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 2);
    }
};

QTEST_GUILESS_MAIN(TestOwctlCatalogAdmin)
#include "TestOwctlCatalogAdmin.moc"
