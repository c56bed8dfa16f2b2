#include "Database.h"
#include "DatabaseSetup.h"
#include "FileFingerprint.h"
#include "TestPaths.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideRepository.h"
#include "guide/GuideSeed.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

// The scenes whose every item must have a full guide.
const char* const ChainScenes[] = {"E1.1", "E6.1", "P1.1", "P3.1", "P7.1", "P11.1", "P11.2"};

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), QDir(to).filePath(name)));
}

} // namespace

class TestGuideSeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;

    // A writable copy of the shipped seed folder, to damage one file at a time.
    QString seedCopy(const QString& name)
    {
        const QString folder = m_dir.filePath(name);
        copyFolder(test::sourcePath(QStringLiteral("db/seed/guides")),
                   folder + QStringLiteral("/guides"));
        QFile::copy(test::sourcePath(QStringLiteral("db/seed/materials.json")),
                    folder + QStringLiteral("/materials.json"));
        return folder;
    }

    void replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY2(bytes.contains(from), from.constData());
        bytes.replace(bytes.indexOf(from), from.size(), to);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

private slots:
    void initTestCase()
    {
        QFile file(test::sourcePath(QStringLiteral("db/seed/catalog.json")));
        m_catalog = CatalogSeed::read(file.fileName()).value();
    }

    void everyChainItemHasAGuide()
    {
        auto prepared = DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("g.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        QVERIFY(prepared.value().guidesSeeded);
        const QHash<QString, Guide> guides =
            GuideRepository(*prepared.value().database).latestAll().value();
        int expected = 0;
        for (const Lifecycle& lifecycle : m_catalog.lifecycles())
            for (const Stage& stage : lifecycle.stages)
                for (const Scene& scene : stage.scenes) {
                    bool chain = false;
                    for (const char* code : ChainScenes)
                        chain = chain || scene.code == QLatin1String(code);
                    if (!chain)
                        continue;
                    for (const Item& item : scene.items) {
                        ++expected;
                        QVERIFY2(guides.contains(item.code), qPrintable(item.code));
                        const Guide& guide = guides.value(item.code);
                        QVERIFY(!guide.materials.isEmpty());
                        QVERIFY(!guide.steps.isEmpty());
                        QVERIFY(!guide.legalBasis.isEmpty());
                        QVERIFY(guide.legalLimit.isValid() && guide.promisedLimit.isValid());
                        QVERIFY(guide.isDraft()); // written here, not yet reviewed: says so
                        QVERIFY(!guide.reviewNote.isEmpty());
                    }
                }
        QVERIFY(expected >= 38);
        QCOMPARE(guides.size(), expected);
    }

    void chainsShareMaterials()
    {
        auto prepared = DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("share.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        const QHash<QString, Guide> guides =
            GuideRepository(*prepared.value().database).latestAll().value();
        // The point of the dictionary: one key for one document across the chain.
        int withIdCard = 0;
        for (const Guide& guide : guides) {
            for (const GuideMaterial& material : guide.materials)
                withIdCard += material.key == QLatin1String("id_card") ? 1 : 0;
        }
        QVERIFY2(withIdCard >= 10, qPrintable(QString::number(withIdCard)));
    }

    void loadingAgainChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.sqlite"));
        QVERIFY(DatabaseSetup::prepare(path, CatalogSeed::embeddedPath()).ok());
        auto second = DatabaseSetup::prepare(path, CatalogSeed::embeddedPath());
        QVERIFY(second.ok());
        QVERIFY(!second.value().guidesSeeded);
    }

    void damagedGuidesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown material")
            << QByteArray("\"key\": \"id_card\"") << QByteArray("\"key\": \"no_such_material\"")
            << QStringLiteral("no_such_material");
        QTest::newRow("zero days")
            << QByteArray("\"working_days\": ") << QByteArray("\"working_days\": 0, \"x\": ")
            << QStringLiteral("legal_limit");
        QTest::newRow("bad form") << QByteArray("\"form\": \"") << QByteArray("\"form\": \"X")
                                  << QStringLiteral("原件");
        QTest::newRow("not json") << QByteArray("{") << QByteArray("[") << QStringLiteral("JSON");
        QTest::newRow("bad date") << QByteArray("\"effective_date\": \"")
                                  << QByteArray("\"effective_date\": \"x")
                                  << QStringLiteral("effective_date");
    }

    void damagedGuidesAreRefusedWhole()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        const QString folder =
            seedCopy(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        const QString damaged = folder + QStringLiteral("/guides/E001.json");
        replaceInFile(damaged, from, to);
        const QString path = m_dir.filePath(
            QStringLiteral("%1.sqlite")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        const auto prepared = DatabaseSetup::prepare(path, CatalogSeed::embeddedPath(), folder);
        QVERIFY(!prepared.ok());
        QVERIFY2(prepared.error().contains(QStringLiteral("E001.json")),
                 qPrintable(prepared.error()));
        QVERIFY2(prepared.error().contains(expected), qPrintable(prepared.error()));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QCOMPARE(GuideRepository(*opened.value()).guideCount().value(), 0); // none of them stored
    }

    void guideForAnUnknownItemIsRefused()
    {
        const QString folder = seedCopy(QStringLiteral("unknown-item"));
        QVERIFY(QFile::rename(folder + QStringLiteral("/guides/E001.json"),
                              folder + QStringLiteral("/guides/E999.json")));
        replaceInFile(folder + QStringLiteral("/guides/E999.json"), "\"item\": \"E001\"",
                      "\"item\": \"E999\"");
        const Result<GuideSeed::Content> content = GuideSeed::read(folder, m_catalog);
        QVERIFY(!content.ok());
        QVERIFY2(content.error().contains(QStringLiteral("E999")), qPrintable(content.error()));
    }

    void missingDictionaryIsNamed()
    {
        const QString folder = seedCopy(QStringLiteral("no-dictionary"));
        QVERIFY(QFile::remove(folder + QStringLiteral("/materials.json")));
        const Result<GuideSeed::Content> content = GuideSeed::read(folder, m_catalog);
        QVERIFY(!content.ok());
        QVERIFY(content.error().contains(QStringLiteral("materials.json")));
    }
};

QTEST_GUILESS_MAIN(TestGuideSeed)
#include "TestGuideSeed.moc"
