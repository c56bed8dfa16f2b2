#include "ProgramRun.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ow::test::ProgramRun;

Run owctl(const QStringList& arguments, const QString& environmentDb = QString())
{
    return ow::test::runProgram(
        QStringLiteral("app/cli/owctl"), arguments,
        {{QStringLiteral("ONEWINDOW_DB"),
          environmentDb.isNull() ? QStringLiteral("") : environmentDb},
         {QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/ow-xdg-test")}});
}

// The text of a PDF, through poppler's pdftotext: proves the Chinese is really in the file.
QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput())
        .remove(QLatin1Char(' '))
        .remove(QLatin1Char('\n'));
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
                                    << QByteArray("init: unknown argument 'now'");
        QTest::newRow("catalog alone")
            << QStringList{QStringLiteral("catalog")} << QByteArray("catalog needs a subcommand");
        QTest::newRow("catalog import without a file")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("import")}
            << QByteArray("catalog import needs a file");
        QTest::newRow("catalog frobnicate")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("frobnicate")}
            << QByteArray("unknown catalog subcommand 'frobnicate'");
        QTest::newRow("publish without a note")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("publish")}
            << QByteArray("needs --note");
        QTest::newRow("guide diff with one version")
            << QStringList{QStringLiteral("guide"), QStringLiteral("diff"), QStringLiteral("E001"),
                           QStringLiteral("1")}
            << QByteArray("two version numbers");
        QTest::newRow("export no format")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("export")}
            << QByteArray("needs one format: --json or --csv");
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

    void searchPrintsRankedHits()
    {
        const QString path = db(QStringLiteral("search.sqlite"));
        QCOMPARE(owctl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        const Run run =
            owctl({QStringLiteral("--db"), path, QStringLiteral("catalog"),
                   QStringLiteral("search"), QStringLiteral("yyyhkh"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!hits.isEmpty());
        const QJsonObject first = hits.first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("kind"),
                                            QStringLiteral("name"), QStringLiteral("score")}));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("预约银行开户"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("item"));
        QVERIFY(run.out.startsWith("[{\"code\":"));

        const Run sub =
            owctl({QStringLiteral("--db"), path, QStringLiteral("catalog"),
                   QStringLiteral("search"), QStringLiteral("p63.2"), QStringLiteral("--limit"),
                   QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(sub.exitCode, 0);
        const QJsonArray one = QJsonDocument::fromJson(sub.out).array();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first()[QStringLiteral("code")].toString(), QStringLiteral("P063.2"));
        QCOMPARE(one.first()[QStringLiteral("kind")].toString(), QStringLiteral("subitem"));
        QCOMPARE(one.first()[QStringLiteral("score")].toInt(), 1000);

        // Any text is a query: odd input gives a (possibly empty) list, never an error.
        for (const QString& odd : {QStringLiteral("%_*'\";--"), QString(10000, QLatin1Char('x')),
                                   QStringLiteral("😀"), QStringLiteral("DROP TABLE item")}) {
            const Run oddRun = owctl({QStringLiteral("--db"), path, QStringLiteral("catalog"),
                                      QStringLiteral("search"), QStringLiteral("--json"),
                                      QStringLiteral("--"), odd});
            QCOMPARE(oddRun.exitCode, 0);
            QVERIFY(QJsonDocument::fromJson(oddRun.out).isArray());
        }
        const Run badLimit =
            owctl({QStringLiteral("--db"), path, QStringLiteral("catalog"),
                   QStringLiteral("search"), QStringLiteral("gjj"), QStringLiteral("--limit"),
                   QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(badLimit.exitCode, 2);
        QVERIFY(badLimit.err.contains("--limit"));
    }

    void guideShowSaysWhatIsPublished()
    {
        const QString path = db(QStringLiteral("guide.sqlite"));
        QCOMPARE(owctl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        const Run run =
            owctl({QStringLiteral("--db"), path, QStringLiteral("guide"), QStringLiteral("show"),
                   QStringLiteral("e001"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(shown.value(QStringLiteral("code")).toString(), QStringLiteral("E001"));
        QCOMPARE(shown.value(QStringLiteral("published")).toBool(), true);
        const QJsonObject guide = shown.value(QStringLiteral("guide")).toObject();
        QCOMPARE(guide.value(QStringLiteral("review_status")).toString(), QStringLiteral("draft"));
        const QJsonArray materials = guide.value(QStringLiteral("materials")).toArray();
        QVERIFY(!materials.isEmpty());
        for (const QJsonValue& material : materials)
            QVERIFY(!material[QStringLiteral("name")].toString().isEmpty());
        QVERIFY(!guide.value(QStringLiteral("legal_basis")).toArray().isEmpty());

        const Run none =
            owctl({QStringLiteral("--db"), path, QStringLiteral("guide"), QStringLiteral("show"),
                   QStringLiteral("E010"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        const QJsonObject empty = QJsonDocument::fromJson(none.out).object();
        QCOMPARE(empty.value(QStringLiteral("published")).toBool(), false);
        QVERIFY(empty.value(QStringLiteral("guide")).isNull());

        const Run bad =
            owctl({QStringLiteral("--db"), path, QStringLiteral("guide"), QStringLiteral("show"),
                   QStringLiteral("X1"), QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 2);
        const Run unknown =
            owctl({QStringLiteral("--db"), path, QStringLiteral("guide"), QStringLiteral("show"),
                   QStringLiteral("E999"), QStringLiteral("--json")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("E999"));
    }

    void guidePrintWritesAReadablePdf()
    {
        const QString path = db(QStringLiteral("print.sqlite"));
        QCOMPARE(owctl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        const QString pdf = db(QStringLiteral("E001.pdf"));
        const Run run =
            owctl({QStringLiteral("--db"), path, QStringLiteral("guide"), QStringLiteral("print"),
                   QStringLiteral("E001"), QStringLiteral("-o"), pdf});
        QCOMPARE(run.exitCode, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("办事指南")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("示范稿")));
        // Every glyph maps back to its character (no Kangxi radicals such as ⽰ for 示).
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
        QVERIFY(text.contains(QStringLiteral("公司（企业）设立登记")));

        const QString notice = db(QStringLiteral("E001-notice.pdf"));
        QCOMPARE(owctl({QStringLiteral("--db"), path, QStringLiteral("guide"),
                        QStringLiteral("print"), QStringLiteral("E001"),
                        QStringLiteral("--what-to-bring"), QStringLiteral("-o"), notice})
                     .exitCode,
                 0);
        QVERIFY(pdfText(notice).contains(QStringLiteral("一次性告知书")));

        const QString unpublished = db(QStringLiteral("E010.pdf"));
        QCOMPARE(
            owctl({QStringLiteral("--db"), path, QStringLiteral("guide"), QStringLiteral("print"),
                   QStringLiteral("E010"), QStringLiteral("-o"), unpublished})
                .exitCode,
            0);
        QVERIFY(pdfText(unpublished).contains(QStringLiteral("尚未发布")));

        const Run noFolder = owctl({QStringLiteral("--db"), path, QStringLiteral("guide"),
                                    QStringLiteral("print"), QStringLiteral("E001"),
                                    QStringLiteral("-o"), db(QStringLiteral("no/such/x.pdf"))});
        QCOMPARE(noFolder.exitCode, 1);
        QVERIFY(noFolder.err.contains("no/such/x.pdf"));
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
