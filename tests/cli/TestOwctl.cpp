#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run owctl(const QStringList& arguments, const QString& environmentDb = QString())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ONEWINDOW_DB"), environmentDb);
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       QDir::tempPath() + QStringLiteral("/ow-xdg-test"));
    process.setProcessEnvironment(environment);
    process.start(ow::test::binaryPath(QStringLiteral("app/cli/owctl")), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestOwctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void versionAndHelp()
    {
        const Run version = owctl({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("owctl 0."));
        const Run help = owctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("catalog export --json"));
        QVERIFY(help.out.contains("init"));
    }

    void initIsIdempotent()
    {
        const QString path = db(QStringLiteral("init.sqlite"));
        const Run first = owctl({QStringLiteral("--db"), path, QStringLiteral("init")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("221 items, 124 sub-items"), first.out.constData());
        QVERIFY(first.out.contains("loaded from the built-in catalog"));
        const Run second = owctl({QStringLiteral("--db=") + path, QStringLiteral("init")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("already present"), second.out.constData());
        QVERIFY(second.out.contains("up to date"));
    }

    void exportPrintsTheCatalogInThePublishedShape()
    {
        const QString path = db(QStringLiteral("export.sqlite"));
        QCOMPARE(owctl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        const Run run = owctl({QStringLiteral("--db"), path, QStringLiteral("catalog"),
                               QStringLiteral("export"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        // Exactly one JSON document, keys in the published order.
        QVERIFY(run.out.startsWith(
            QStringLiteral(
                R"({"lifecycles":[{"code":"E","name":"企业全生命周期","stages":[{"code":"E1",)"
                R"("no":1,"name":"企业开办","scenes":[{"code":"E1.1","no":"1.1","name":"企业开办",)"
                R"("items":[{"code":"E001","no":1,"name":"公司（企业）设立登记","type":"行政许可",)"
                R"("city_lead":["市审批服务局","市市场监管局"],"city_co":[],)"
                R"("district_lead":["区审批服务局","区市场监管局"],"district_co":[],)"
                R"("subitems":[{"code":"E001.1","name":"公司设立登记","type":"行政许可",)"
                R"("city_lead":["市审批服务局","市市场监管局"],)")
                .toUtf8()));
        QJsonParseError error;
        const QJsonDocument exported = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(exported.object().keys(), QStringList{QStringLiteral("lifecycles")});

        QFile seedFile(ow::test::sourcePath(QStringLiteral("db/seed/catalog.json")));
        QVERIFY(seedFile.open(QIODevice::ReadOnly));
        const QJsonDocument seed = QJsonDocument::fromJson(seedFile.readAll());
        QCOMPARE(exported.object().value(QStringLiteral("lifecycles")),
                 seed.object().value(QStringLiteral("lifecycles")));

        int items = 0;
        const QJsonArray lifecycles =
            exported.object().value(QStringLiteral("lifecycles")).toArray();
        for (const QJsonValue& lifecycle : lifecycles)
            for (const QJsonValue& stage : lifecycle[QStringLiteral("stages")].toArray())
                for (const QJsonValue& scene : stage[QStringLiteral("scenes")].toArray())
                    items += int(scene[QStringLiteral("items")].toArray().size());
        QCOMPARE(items, 221);
    }

    void environmentVariableChoosesTheDatabase()
    {
        const QString path = db(QStringLiteral("env.sqlite"));
        QCOMPARE(owctl({QStringLiteral("init")}, path).exitCode, 0);
        QVERIFY(QFile::exists(path));
        QCOMPARE(
            owctl({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--json")},
                  path)
                .exitCode,
            0);
    }

    void badArgumentsGiveOneLineAndExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("nothing") << QStringList{} << QByteArray("no command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QByteArray("unknown command 'frobnicate'");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frob")} << QByteArray("unknown option '--frob'");
        QTest::newRow("db without value")
            << QStringList{QStringLiteral("init"), QStringLiteral("--db")}
            << QByteArray("--db needs a value");
        QTest::newRow("db empty") << QStringList{QStringLiteral("--db="), QStringLiteral("init")}
                                  << QByteArray("--db needs a non-empty value");
        QTest::newRow("init extra") << QStringList{QStringLiteral("init"), QStringLiteral("now")}
                                    << QByteArray("init takes no argument");
        QTest::newRow("catalog alone")
            << QStringList{QStringLiteral("catalog")} << QByteArray("catalog needs a subcommand");
        QTest::newRow("catalog import")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("import")}
            << QByteArray("unknown catalog subcommand 'import'");
        QTest::newRow("export no format")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("export")}
            << QByteArray("needs --json");
        QTest::newRow("export xml")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("export"),
                           QStringLiteral("--xml")}
            << QByteArray("unknown argument '--xml'");
    }

    void badArgumentsGiveOneLineAndExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const Run run = owctl(arguments, db(QStringLiteral("never-created.sqlite")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFile::exists(db(QStringLiteral("never-created.sqlite"))));
    }

    void unusableDatabaseGivesOneLineAndExit1()
    {
        const QString text = db(QStringLiteral("letter.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear clerk,\n");
        file.close();
        const Run init = owctl({QStringLiteral("--db"), text, QStringLiteral("init")});
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(text.toUtf8()), init.err.constData());
        QCOMPARE(init.err.count('\n'), 1);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Dear clerk,\n"));

        const QString missing = db(QStringLiteral("missing.sqlite"));
        const Run run = owctl({QStringLiteral("--db"), missing, QStringLiteral("catalog"),
                               QStringLiteral("export"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("owctl init"));
        QVERIFY(!QFile::exists(missing));
    }

    void missingSeedFileIsNamed()
    {
        const QString seed = db(QStringLiteral("absent-seed.json"));
        const Run run = owctl({QStringLiteral("--db"), db(QStringLiteral("seedless.sqlite")),
                               QStringLiteral("--seed"), seed, QStringLiteral("init")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(seed.toUtf8()), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestOwctl)
#include "TestOwctl.moc"
