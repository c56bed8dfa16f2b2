// owctl chain materials: the single list of a chain's materials, as a person runs it.
#include "ProgramRun.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ow::test::ProgramRun;

Run owctl(const QStringList& arguments)
{
    return ow::test::runProgram(
        QStringLiteral("app/cli/owctl"), arguments,
        {{QStringLiteral("ONEWINDOW_DB"), QStringLiteral("")},
         {QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/ow-xdg-test")}});
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list.append(entry.toString());
    return list;
}

// The number of materials of a shipped guide, read from the seed file itself.
int seedMaterialCount(const QString& code)
{
    QFile file(ow::test::sourcePath(QStringLiteral("db/seed/guides/%1.json").arg(code)));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(QJsonDocument::fromJson(file.readAll())
                   .object()
                   .value(QStringLiteral("materials"))
                   .toArray()
                   .size());
}

} // namespace

class TestOwctlChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run chain(const QStringList& codes)
    {
        return owctl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("chain"),
                                 QStringLiteral("materials")} +
                     codes + QStringList{QStringLiteral("--json")});
    }

    // Runs a chain that must succeed and returns its one JSON document.
    QJsonObject chainObject(const QStringList& codes)
    {
        const Run run = chain(codes);
        if (run.exitCode != 0 || !run.err.isEmpty()) {
            qWarning("exit %d: %s", run.exitCode, run.err.constData());
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not one JSON document: %s", qPrintable(error.errorString()));
        return document.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("chain.sqlite"));
        const Run init = owctl({QStringLiteral("--db"), m_db, QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void printsTheMergedListInThePublishedShape()
    {
        const Run run = chain({QStringLiteral("E001"), QStringLiteral("e002")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const int before =
            seedMaterialCount(QStringLiteral("E001")) + seedMaterialCount(QStringLiteral("E002"));
        QCOMPARE(before, 15);
        // Keys in the published order, the same material once with the strictest form.
        const QString text = QString::fromUtf8(run.out);
        const QString start = QStringLiteral("{\"items\":[\"E001\",\"E002\"],"
                                             "\"items_without_guide\":[],"
                                             "\"materials_before_merge\":%1,"
                                             "\"materials\":[{\"key\":")
                                  .arg(before);
        QVERIFY2(text.startsWith(start), run.out.constData());
        const QString idCard =
            QStringLiteral("{\"key\":\"id_card\",\"name\":\"居民身份证\",\"form\":\"原件\","
                           "\"copies\":1,\"required\":true,\"conditions\":[],"
                           "\"waivable\":true,\"replaceable_by\":\"e_licence\","
                           "\"items\":[\"E001\",\"E002\"],\"notes\":[\"");
        QVERIFY2(text.contains(idCard), run.out.constData());
        const QString end =
            QStringLiteral("],\"promised_limit\":{\"working_days\":3},\"visits\":0}\n");
        QVERIFY2(text.endsWith(end), run.out.constData());

        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray materials = document.value(QStringLiteral("materials")).toArray();
        QVERIFY(materials.size() < before);
        QStringList keys;
        for (const QJsonValue& material : materials) {
            const QString key = material[QStringLiteral("key")].toString();
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.append(key);
            QCOMPARE(material.toObject().keys().size(), 10);
            QVERIFY(!material[QStringLiteral("name")].toString().isEmpty());
            QVERIFY(material[QStringLiteral("copies")].toInt() >= 1);
            const QJsonValue replaceable = material[QStringLiteral("replaceable_by")];
            QVERIFY(replaceable.isNull() || replaceable.toString() == QLatin1String("e_licence") ||
                    replaceable.toString() == QLatin1String("shared_data"));
            QVERIFY(!strings(material[QStringLiteral("items")]).isEmpty());
        }
    }

    void sceneExpandsToItsItems_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QJsonObject>("promised");
        const QStringList birth{QStringLiteral("P001"), QStringLiteral("P002"),
                                QStringLiteral("P003"), QStringLiteral("P004"),
                                QStringLiteral("P005"), QStringLiteral("P006")};
        const QJsonObject days42{{QStringLiteral("working_days"), 42}};
        QTest::newRow("P1.1") << QStringList{QStringLiteral("P1.1")} << birth << days42;
        QTest::newRow("p1.1") << QStringList{QStringLiteral("p1.1")} << birth << days42;
        QTest::newRow("P1.1 and its own item once")
            << QStringList{QStringLiteral("P1.1"), QStringLiteral("p3"), QStringLiteral("p82")}
            << birth + QStringList{QStringLiteral("P082")} << days42;
        QTest::newRow("P11.1, all on the spot")
            << QStringList{QStringLiteral("P11.1")}
            << QStringList{QStringLiteral("P108"), QStringLiteral("P109"), QStringLiteral("P110"),
                           QStringLiteral("P111")}
            << QJsonObject{{QStringLiteral("on_the_spot"), true}};
        QTest::newRow("E001.1 is a sub-item, E1.1 a scene")
            << QStringList{QStringLiteral("E001.1"), QStringLiteral("E1.1")}
            << QStringList{QStringLiteral("E001.1"), QStringLiteral("E001"), QStringLiteral("E002"),
                           QStringLiteral("E003"),   QStringLiteral("E004"), QStringLiteral("E005"),
                           QStringLiteral("E006"),   QStringLiteral("E007")}
            << QJsonObject{{QStringLiteral("working_days"), 10}};
    }

    void sceneExpandsToItsItems()
    {
        QFETCH(QStringList, codes);
        const QJsonObject document = chainObject(codes);
        QTEST(strings(document.value(QStringLiteral("items"))), "items");
        QCOMPARE(strings(document.value(QStringLiteral("items_without_guide"))), QStringList());
        QTEST(document.value(QStringLiteral("promised_limit")).toObject(), "promised");
        // Every item's materials are counted, and the merged list is shorter.
        int before = 0;
        for (const QString& code : strings(document.value(QStringLiteral("items"))))
            before += seedMaterialCount(code.section(QLatin1Char('.'), 0, 0));
        QCOMPARE(document.value(QStringLiteral("materials_before_merge")).toInt(), before);
        QVERIFY(document.value(QStringLiteral("materials")).toArray().size() < before);
    }

    void itemWithoutGuideIsNamedNotGuessed()
    {
        const QJsonObject document = chainObject({QStringLiteral("E050"), QStringLiteral("E002")});
        QCOMPARE(strings(document.value(QStringLiteral("items"))),
                 (QStringList{QStringLiteral("E050"), QStringLiteral("E002")}));
        QCOMPARE(strings(document.value(QStringLiteral("items_without_guide"))),
                 QStringList{QStringLiteral("E050")});
        QCOMPARE(document.value(QStringLiteral("materials_before_merge")).toInt(),
                 seedMaterialCount(QStringLiteral("E002")));
        for (const QJsonValue& material : document.value(QStringLiteral("materials")).toArray())
            QCOMPARE(strings(material[QStringLiteral("items")]),
                     QStringList{QStringLiteral("E002")});

        const QJsonObject unknown = chainObject({QStringLiteral("E050")});
        QVERIFY(unknown.value(QStringLiteral("materials")).toArray().isEmpty());
        QVERIFY(unknown.value(QStringLiteral("promised_limit")).isNull());
        QCOMPARE(unknown.value(QStringLiteral("visits")).toInt(), 0);
    }

    void badCommandLinesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        const auto materials = [](const QStringList& rest) {
            return QStringList{QStringLiteral("chain"), QStringLiteral("materials")} + rest;
        };
        const QString json = QStringLiteral("--json");
        QTest::newRow("not a code")
            << materials({QStringLiteral("E001"), QStringLiteral("hello"), json})
            << QByteArray("'hello'");
        QTest::newRow("no such item")
            << materials({QStringLiteral("E999"), json}) << QByteArray("'E999'");
        QTest::newRow("no such sub-item")
            << materials({QStringLiteral("e001.9"), json}) << QByteArray("'e001.9'");
        QTest::newRow("no such scene")
            << materials({QStringLiteral("E9.9"), json}) << QByteArray("'E9.9'");
        QTest::newRow("no codes") << materials({json}) << QByteArray("needs");
        QTest::newRow("no --json") << materials({QStringLiteral("E001")}) << QByteArray("--json");
        QTest::newRow("unknown option")
            << materials({QStringLiteral("E001"), json, QStringLiteral("--xml")})
            << QByteArray("'--xml'");
        QTest::newRow("no subcommand")
            << QStringList{QStringLiteral("chain")} << QByteArray("materials");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("chain"), QStringLiteral("forms")}
            << QByteArray("'forms'");
    }

    void badCommandLinesExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        const Run run = owctl(QStringList{QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(named), run.err.constData());
    }

    void missingDatabaseFails()
    {
        const Run run =
            owctl({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                   QStringLiteral("chain"), QStringLiteral("materials"), QStringLiteral("E001"),
                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("owctl init"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestOwctlChain)
#include "TestOwctlChain.moc"
