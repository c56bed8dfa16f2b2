// Reference data published in the central store (a catalog version with its guides, the
// materials dictionary, the holiday calendar) is applied at every counter on its next sync, in
// the transaction of the pull; a document a counter cannot use is skipped there with its reason
// named (owctl sync, the status bar), the rest is applied, and a corrected later one goes through.
#include "ProgramRun.h"
#include "ReferenceApply.h"
#include "SyncTestBed.h"
#include "calendar/CalendarData.h"
#include "catalog/CatalogPublisher.h"
#include "guide/GuideRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ow;
using namespace ow::test;

class TestSyncReference : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchCentral> m_central;

    QString adminUrl() const
    {
        const CentralSettings admin = m_central->adminSettings();
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(admin.user, admin.host)
            .arg(admin.port)
            .arg(admin.database);
    }
    static ProgramRun owctl(const QString& db, const QStringList& arguments)
    {
        return runProgram(QStringLiteral("app/cli/owctl"),
                          QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                      QStringLiteral("admin")} +
                              arguments,
                          {{QStringLiteral("OWCTL_PASSWORD"), QStringLiteral("Counter2026ok")},
                           {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }
    // E001's seed guide with another summary: the next draft when imported.
    QByteArray changedGuide(const QString& summary)
    {
        QFile file(sourcePath(QStringLiteral("db/seed/guides/E001.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("seed guide");
        QJsonObject guide = QJsonDocument::fromJson(file.readAll()).object();
        guide.insert(QStringLiteral("summary"), summary);
        return QJsonDocument(guide).toJson();
    }
    static int localReleases(Workstation& w)
    {
        return w.value(QStringLiteral("SELECT count(*) FROM catalog_release")).toInt();
    }

private slots:
    void init()
    {
        m_central = std::make_unique<ScratchCentral>();
        QVERIFY2(m_central->error().isEmpty(), qPrintable(m_central->error()));
    }
    void cleanup() { m_central.reset(); }

    void aPublishedCatalogVersionRunsAtTheNextCounterAfterItsSync()
    {
        const QString a = randomCode(QStringLiteral("P"));
        const QString b = randomCode(QStringLiteral("Q"));
        Workstation admin(m_dir.path(), a, 1, m_central->addCenter(a));
        Workstation counter(m_dir.path(), b, 2, m_central->addCenter(b));
        // A case taken at the counter before, under the guide version it had then.
        const QString caseId = counter.addCase(1);
        counter.exec(
            QStringLiteral("UPDATE case_file SET guide_versions = 'E001:1' WHERE id = '%1'")
                .arg(caseId));
        const auto before = GuideRepository(counter.database()).latest(QStringLiteral("E001"));
        QVERIFY(before.ok() && before.value().has_value());
        const QString oldSummary = before.value()->summary;

        const QString summary = QStringLiteral("新版指南：同源发布到每个窗口。");
        const ProgramRun imported =
            owctl(admin.path(), {QStringLiteral("catalog"), QStringLiteral("import"),
                                 writeFile(QStringLiteral("E001.json"), changedGuide(summary))});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const ProgramRun published =
            owctl(admin.path(),
                  {QStringLiteral("catalog"), QStringLiteral("publish"), QStringLiteral("--note"),
                   QStringLiteral("E001 新版"), QStringLiteral("--central"), adminUrl()});
        QVERIFY2(published.exitCode == 0, published.err.constData());
        QVERIFY2(published.out.contains("published catalog version 1") &&
                     published.out.contains("catalog release: version 1 published"),
                 published.out.constData());

        // Sent with the administrator's login: the sync does not send it again.
        QCOMPARE(admin
                     .value(QStringLiteral("SELECT count(*) FROM central_publication WHERE "
                                           "sent_at IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(localReleases(counter), 0);
        const Result<SyncReport> report = counter.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        // The counter runs version 1 now: what the status bar and owctl catalog versions read.
        const auto current = CatalogPublisher(counter.database()).current();
        QVERIFY(current.ok() && current.value().has_value());
        QCOMPARE(current.value()->version, 1);
        QCOMPARE(current.value()->note, QStringLiteral("E001 新版"));
        QCOMPARE(current.value()->sha256,
                 CatalogPublisher(admin.database()).current().value()->sha256);
        const ProgramRun versions =
            owctl(counter.path(), {QStringLiteral("catalog"), QStringLiteral("versions")});
        QVERIFY2(versions.exitCode == 0 && versions.out.contains("v1 ") &&
                     versions.out.contains("E001 新版"),
                 versions.out.constData());
        const auto latest = GuideRepository(counter.database()).latest(QStringLiteral("E001"));
        QVERIFY(latest.ok() && latest.value().has_value());
        QCOMPARE(latest.value()->version, 2);
        QCOMPARE(latest.value()->summary, summary);
        QCOMPARE(latest.value()->reviewStatus, QStringLiteral("published"));
        // The case keeps the version it was taken under, and that version is still there.
        QCOMPARE(counter
                     .value(QStringLiteral("SELECT guide_versions FROM case_file WHERE id = '%1'")
                                .arg(caseId))
                     .toString(),
                 QStringLiteral("E001:1"));
        const auto old = GuideRepository(counter.database()).version(QStringLiteral("E001"), 1);
        QVERIFY(old.ok() && old.value().has_value());
        QCOMPARE(old.value()->summary, oldSummary);

        // The publishing workstation pulls its own version back and finds it the same; a second
        // round changes nothing anywhere.
        const Result<SyncReport> own = admin.sync();
        QVERIFY2(own.ok(), qPrintable(own.error()));
        QCOMPARE(localReleases(admin), 1);
        const Result<SyncReport> again = counter.sync();
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(localReleases(counter), 1);
    }

    void aDamagedCatalogVersionIsRefusedAndNothingChangesAtTheCounter()
    {
        const QString a = randomCode(QStringLiteral("P"));
        const CentralSettings login = m_central->addCenter(a);
        Workstation admin(m_dir.path(), a, 1, login);
        Workstation counter(m_dir.path(), a, 2, login);
        QVERIFY(owctl(admin.path(), {QStringLiteral("catalog"), QStringLiteral("publish"),
                                     QStringLiteral("--note"), QStringLiteral("v1")})
                    .exitCode == 0);
        const QByteArray good = ReferenceApply::releaseDocument(admin.database(), 1).value();
        // One item renamed on the way: the version's fingerprint no longer matches.
        QJsonObject damaged = QJsonDocument::fromJson(good).object();
        QJsonObject catalog = damaged.value(QStringLiteral("catalog")).toObject();
        QJsonArray lifecycles = catalog.value(QStringLiteral("lifecycles")).toArray();
        QJsonObject lifecycle = lifecycles.at(0).toObject();
        QJsonArray stages = lifecycle.value(QStringLiteral("stages")).toArray();
        QJsonObject stage = stages.at(0).toObject();
        QJsonArray scenes = stage.value(QStringLiteral("scenes")).toArray();
        QJsonObject scene = scenes.at(0).toObject();
        QJsonArray items = scene.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(0).toObject();
        QVERIFY(!item.value(QStringLiteral("name")).toString().isEmpty());
        item.insert(QStringLiteral("name"), QStringLiteral("改过的事项"));
        items[0] = item;
        scene.insert(QStringLiteral("items"), items);
        scenes[0] = scene;
        stage.insert(QStringLiteral("scenes"), scenes);
        stages[0] = stage;
        lifecycle.insert(QStringLiteral("stages"), stages);
        lifecycles[0] = lifecycle;
        catalog.insert(QStringLiteral("lifecycles"), lifecycles);
        damaged.insert(QStringLiteral("catalog"), catalog);
        const QByteArray bad = QJsonDocument(damaged).toJson();

        // owctl refuses to send it at all.
        const ProgramRun refused = runProgram(QStringLiteral("app/cli/owctl"),
                                              {QStringLiteral("central"), QStringLiteral("publish"),
                                               QStringLiteral("catalog"), QStringLiteral("release"),
                                               writeFile(QStringLiteral("bad.json"), bad),
                                               QStringLiteral("--central"), adminUrl()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("not published") && refused.err.contains("SHA-256"),
                 refused.err.constData());
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.reference_data")),
                 0);

        // Written into the store by other means (with a good materials dictionary and a case of
        // the hall beside it): the counter skips that document alone, says so, applies the rest.
        QVERIFY(CentralSchema::publishReference(m_central->admin(), QStringLiteral("catalog"),
                                                QStringLiteral("release"), bad)
                    .ok());
        const QString materials = writeFile(
            QStringLiteral("materials.json"),
            R"({"materials": [{"key": "id_card", "name": "居民身份证（新）", "description": "",
                "replaceable_by": "e_licence"}]})");
        QVERIFY(runProgram(QStringLiteral("app/cli/owctl"),
                           {QStringLiteral("central"), QStringLiteral("publish"),
                            QStringLiteral("materials"), QStringLiteral("dictionary"), materials,
                            QStringLiteral("--central"), adminUrl()})
                    .exitCode == 0);
        const QString caseId = admin.addCase(1);
        QVERIFY(admin.sync().ok());
        const ProgramRun skipped =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("--db"), counter.path(), QStringLiteral("sync"),
                        QStringLiteral("--central"), m_central->urlOf(login)},
                       {{QStringLiteral("PGPASSWORD"), ScratchCentral::password()},
                        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        QVERIFY2(skipped.out.contains("refused: The central store's catalog release (version 1) "
                                      "cannot be used here and was skipped") &&
                     skipped.out.contains("SHA-256"),
                 skipped.out.constData());
        QCOMPARE(localReleases(counter), 0);
        QCOMPARE(counter
                     .value(QStringLiteral("SELECT count(*) FROM reference_applied WHERE kind "
                                           "= 'catalog'"))
                     .toInt(),
                 0);
        QCOMPARE(counter.value(QStringLiteral("SELECT name FROM material WHERE key = 'id_card'"))
                     .toString(),
                 QStringLiteral("居民身份证（新）"));
        QCOMPARE(
            counter
                .value(QStringLiteral("SELECT count(*) FROM case_file WHERE id = '%1'").arg(caseId))
                .toInt(),
            1);
        // Tried once: the next rounds go through without trying it again, and still name it.
        const Result<SyncReport> later = counter.sync();
        QVERIFY2(later.ok(), qPrintable(later.error()));
        QVERIFY(later.value().refused.isEmpty());
        const Result<SyncState> state = SyncEngine::state(counter.database());
        QVERIFY(state.ok());
        QCOMPARE(state.value().refused.size(), 1);
        QVERIFY(state.value().refused.first().contains(QLatin1String("catalog release")));
        const ProgramRun again =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("--db"), counter.path(), QStringLiteral("sync")},
                       {{QStringLiteral("PGPASSWORD"), ScratchCentral::password()},
                        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(again.exitCode == 0 && again.out.contains("refused: "), again.out.constData());
        const ProgramRun status = runProgram(QStringLiteral("app/cli/owctl"),
                                             {QStringLiteral("--db"), counter.path(),
                                              QStringLiteral("sync"), QStringLiteral("status")},
                                             {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(status.exitCode == 0 && status.out.contains("refused: The central store's "
                                                             "catalog release (version 1)"),
                 status.out.constData());

        // A corrected version published later goes through, and the refusal is gone.
        QVERIFY(CentralSchema::publishReference(m_central->admin(), QStringLiteral("catalog"),
                                                QStringLiteral("release"), good)
                    .ok());
        const Result<SyncReport> fixed = counter.sync();
        QVERIFY2(fixed.ok(), qPrintable(fixed.error()));
        QCOMPARE(localReleases(counter), 1);
        QVERIFY(SyncEngine::state(counter.database()).value().refused.isEmpty());
        const ProgramRun clean =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("--db"), counter.path(), QStringLiteral("sync")},
                       {{QStringLiteral("PGPASSWORD"), ScratchCentral::password()},
                        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(clean.exitCode == 0 && !clean.out.contains("refused"), clean.out.constData());
    }

    void anUnknownKindIsRefusedWithAPlainMessage()
    {
        const QString a = randomCode(QStringLiteral("P"));
        Workstation counter(m_dir.path(), a, 1, m_central->addCenter(a));
        const ProgramRun refused =
            runProgram(QStringLiteral("app/cli/owctl"),
                       {QStringLiteral("central"), QStringLiteral("publish"),
                        QStringLiteral("materials"), QStringLiteral("dictionary"),
                        writeFile(QStringLiteral("m.json"), R"({"materials": [{"key": "x"}]})"),
                        QStringLiteral("--central"), adminUrl()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("not published"), refused.err.constData());

        QVERIFY(CentralSchema::publishReference(m_central->admin(), QStringLiteral("forms"),
                                                QStringLiteral("all"), "{}")
                    .ok());
        // Skipped with its reason (a newer OneWindow may know it); the round goes through.
        const Result<SyncReport> report = counter.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report.value().refused.size(), 1);
        QVERIFY2(report.value().refused.first().contains(
                     QLatin1String("is not a kind of reference data")),
                 qPrintable(report.value().refused.first()));
        QCOMPARE(counter.value(QStringLiteral("SELECT count(*) FROM reference_applied")).toInt(),
                 0);
    }

    void owctlSyncSaysThePullsPagesOnlyWhenVerbose()
    {
        const QString a = randomCode(QStringLiteral("S"));
        const CentralSettings login = m_central->addCenter(a);
        Workstation writer(m_dir.path(), a, 1, login);
        Workstation reader(m_dir.path(), a, 2, login);
        for (int n = 1; n <= 3; ++n)
            writer.addCase(n);
        QVERIFY(writer.sync().ok());
        const QStringList sync{QStringLiteral("--db"), reader.path(), QStringLiteral("sync"),
                               QStringLiteral("--central"), m_central->urlOf(login)};
        const QHash<QString, QString> env{
            {QStringLiteral("PGPASSWORD"), ScratchCentral::password()},
            {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}};
        const ProgramRun quiet = runProgram(QStringLiteral("app/cli/owctl"), sync, env);
        QVERIFY2(quiet.exitCode == 0, quiet.err.constData());
        QVERIFY2(quiet.out.startsWith("pushed ") && quiet.out.contains(", pulled ") &&
                     quiet.out.count('\n') == 1,
                 quiet.out.constData());
        QVERIFY2(!quiet.err.contains("received"), quiet.err.constData());

        writer.addCase(4);
        QVERIFY(writer.sync().ok());
        const ProgramRun verbose = runProgram(QStringLiteral("app/cli/owctl"),
                                              sync + QStringList{QStringLiteral("--verbose")}, env);
        QVERIFY2(verbose.exitCode == 0, verbose.err.constData());
        QVERIFY2(verbose.out.startsWith("pushed ") && verbose.out.contains(", pulled ") &&
                     verbose.out.count('\n') == 1,
                 verbose.out.constData());
        QVERIFY2(verbose.err.contains("owctl: rows received: ") &&
                     verbose.err.contains(", the pull is complete"),
                 verbose.err.constData());
    }

    void materialsAndTheHolidayCalendarArriveToo()
    {
        const QString a = randomCode(QStringLiteral("P"));
        Workstation counter(m_dir.path(), a, 1, m_central->addCenter(a));
        QVERIFY(!CalendarData::load(counter.database()).value().isPublished(2027));
        const QString calendar = writeFile(
            QStringLiteral("holidays.json"),
            R"({"source": "国务院办公厅通知", "licence": "official", "years": [{"year": 2027,
                "version": "2027-1", "notice": "国办发明电〔2026〕1号",
                "holidays": [{"name": "元旦", "days": ["2027-01-01"]}], "workdays": []}]})");
        const ProgramRun published = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("central"), QStringLiteral("publish"), QStringLiteral("calendar"),
             QStringLiteral("holidays"), calendar, QStringLiteral("--central"), adminUrl()});
        QVERIFY2(published.exitCode == 0, published.err.constData());
        const QString materials = writeFile(
            QStringLiteral("materials.json"),
            R"({"materials": [{"key": "id_card", "name": "居民身份证（新）", "description": "",
                "replaceable_by": "e_licence"}]})");
        QVERIFY(runProgram(QStringLiteral("app/cli/owctl"),
                           {QStringLiteral("central"), QStringLiteral("publish"),
                            QStringLiteral("materials"), QStringLiteral("dictionary"), materials,
                            QStringLiteral("--central"), adminUrl()})
                    .exitCode == 0);

        const Result<SyncReport> report = counter.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        const WorkCalendar loaded = CalendarData::load(counter.database()).value();
        QVERIFY(loaded.isPublished(2027));
        QVERIFY(loaded.isPublished(2026)); // the built-in years stay
        QVERIFY(!loaded.isWorkingDay(QDate(2027, 1, 1)));
        QCOMPARE(counter.value(QStringLiteral("SELECT name FROM material WHERE key = 'id_card'"))
                     .toString(),
                 QStringLiteral("居民身份证（新）"));
    }
};

QTEST_GUILESS_MAIN(TestSyncReference)
#include "TestSyncReference.moc"
