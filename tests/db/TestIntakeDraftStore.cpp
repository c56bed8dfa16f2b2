// Autosaved intake drafts in the database (IntakeDraftStore): sealed so that the file holds no
// personal data in the clear, each user's own, refused when altered, moved, of another key or an
// older format (and told apart from a database that cannot be read), removed with an audit
// record, and removed in the very transaction that takes their case in.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/IntakeDraftStore.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString Password = QStringLiteral("Counter2026ok");
const QByteArray Key(32, 'k');
const QString IdNumber = QStringLiteral("11010519491231002X");
const QString Name = QStringLiteral("张三丰");

QByteArray payloadFor(const QString& marker)
{
    return QStringLiteral(R"({"name":"%1","id":"%2","marker":"%3"})")
        .arg(Name, IdNumber, marker)
        .toUtf8();
}

} // namespace

class TestIntakeDraftStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<AccountService> m_accounts;
    Session m_clerk, m_helper;
    int m_counter = 0;

    int rows(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next())
            qFatal("%s", qPrintable(query.lastError().text()));
        return query.value(0).toInt();
    }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    QList<AuditRecord> audit(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return AuditLog(*m_database, m_clock, QStringLiteral("XC01"), QStringLiteral("3"))
            .list(filter)
            .value();
    }

private slots:
    void init()
    {
        m_accounts.reset();
        m_database.reset();
        auto prepared =
            DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_counter)),
                                   CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        m_database = std::move(prepared.value().database);
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        QVERIFY(m_accounts
                    ->setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                                QStringLiteral("admin"), QStringLiteral("管理员"), Password)
                    .ok());
        const Session admin = m_accounts->signIn(QStringLiteral("admin"), Password).value();
        for (const auto& [name, role] : {std::pair{QStringLiteral("clerk"), Role::Clerk},
                                         std::pair{QStringLiteral("helper"), Role::Assisted}})
            QVERIFY(m_accounts->addUser(admin, {name, name, role, {}, false, true, 0, {}}, Password)
                        .ok());
        m_clerk = m_accounts->signIn(QStringLiteral("clerk"), Password).value();
        m_helper = m_accounts->signIn(QStringLiteral("helper"), Password).value();
    }

    void aDraftIsSealedOnDiskAndOpensAgain()
    {
        IntakeDraftStore store(*m_database, m_clock, Key);
        const QString id = IntakeDraftStore::newId();
        QVERIFY(
            store.insert(m_clerk, id, payloadFor(QStringLiteral("one")), {QStringLiteral("P082")})
                .ok());
        const auto opened = store.open(m_clerk, id);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), payloadFor(QStringLiteral("one")));
        const auto drafts = store.list(m_clerk).value();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, id);
        QCOMPARE(drafts.first().itemCodes, QStringList{QStringLiteral("P082")});
        QCOMPARE(drafts.first().savedAt, m_clock.now());
        // Neither the database file nor its write-ahead log holds the name or the ID number.
        QDirIterator files(m_dir.path(), QDir::Files);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.fileName().contains(QStringLiteral("d%1.sqlite").arg(m_counter)))
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++read;
            QVERIFY2(!content.contains(IdNumber.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(Name.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!content.contains("marker"), qPrintable(file.fileName()));
        }
        QVERIFY(read >= 2); // the database and its WAL
    }

    void eachUserSeesOnlyTheirOwnDrafts()
    {
        IntakeDraftStore store(*m_database, m_clock, Key);
        const QString mine = IntakeDraftStore::newId();
        const Status inserted = store.insert(m_clerk, mine, payloadFor(QStringLiteral("c")), {});
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        m_clock.advanceSeconds(5);
        const QString theirs = IntakeDraftStore::newId();
        QVERIFY(store.insert(m_helper, theirs, payloadFor(QStringLiteral("h")), {}).ok());
        QCOMPARE(store.list(m_clerk).value().size(), 1);
        QCOMPARE(store.list(m_clerk).value().first().id, mine);
        QVERIFY(!store.open(m_helper, mine).ok());
        QVERIFY(store.remove(m_helper, mine, QStringLiteral("intake_draft_discarded")).ok());
        QVERIFY(store.open(m_clerk, mine).ok()); // not theirs to remove
    }

    void aSaveAfterTheDraftIsGoneWritesNothing()
    {
        IntakeDraftStore store(*m_database, m_clock, Key);
        const QString id = IntakeDraftStore::newId();
        QVERIFY(store.insert(m_clerk, id, payloadFor(QStringLiteral("1")), {}).ok());
        m_clock.advanceSeconds(1);
        const auto updated =
            store.update(id, payloadFor(QStringLiteral("2")), {QStringLiteral("P001")});
        QVERIFY(updated.ok() && updated.value());
        QCOMPARE(store.open(m_clerk, id).value(), payloadFor(QStringLiteral("2")));
        QCOMPARE(store.list(m_clerk).value().first().savedAt, m_clock.now());
        QVERIFY(store.remove(m_clerk, id, QStringLiteral("intake_draft_discarded")).ok());
        const auto late = store.update(id, payloadFor(QStringLiteral("3")), {});
        QVERIFY(late.ok() && !late.value());
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM intake_draft")), 0);
        const QList<AuditRecord> records = audit(QStringLiteral("intake_draft_discarded"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().subject, id);
        QCOMPARE(records.first().userName, QStringLiteral("clerk"));
        QVERIFY(AuditLog(*m_database, m_clock, QStringLiteral("XC01"), QStringLiteral("3"))
                    .verify()
                    .value()
                    .ok);
    }

    void draftsThatCannotBeReadAreRefusedAsUnreadable()
    {
        IntakeDraftStore store(*m_database, m_clock, Key);
        const QString a = IntakeDraftStore::newId();
        const QString b = IntakeDraftStore::newId();
        QVERIFY(store.insert(m_clerk, a, payloadFor(QStringLiteral("a")), {}).ok());
        QVERIFY(store.insert(m_clerk, b, payloadFor(QStringLiteral("b")), {}).ok());
        const auto refused = [&](const IntakeDraftStore& s, const QString& id,
                                 const QString& expected) {
            bool unreadable = false;
            const auto opened = s.open(m_clerk, id, &unreadable);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
            QVERIFY(unreadable);
            QVERIFY(!opened.error().contains(Name));
        };
        // Sealed with another key.
        refused(IntakeDraftStore(*m_database, m_clock, QByteArray(32, 'x')), a,
                QStringLiteral("integrity check"));
        // b's payload copied into a's row: bound to b, it does not open as a.
        exec(QStringLiteral("UPDATE intake_draft SET payload = (SELECT payload FROM intake_draft "
                            "WHERE id = ?) WHERE id = ?"),
             {b, a});
        refused(store, a, QStringLiteral("integrity check"));
        // One bit changed.
        QSqlQuery query(m_database->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT payload FROM intake_draft WHERE id = '%1'").arg(b)) &&
            query.next());
        QByteArray sealed = query.value(0).toByteArray();
        query.finish();
        sealed[sealed.size() / 2] = char(sealed[sealed.size() / 2] ^ 0x01);
        exec(QStringLiteral("UPDATE intake_draft SET payload = ? WHERE id = ?"), {sealed, b});
        refused(store, b, QStringLiteral("integrity check"));
        // Truncated, and an older format.
        exec(QStringLiteral("UPDATE intake_draft SET payload = x'4f574431' WHERE id = ?"), {b});
        refused(store, b, QStringLiteral("damaged"));
        exec(QStringLiteral("UPDATE intake_draft SET format = 0 WHERE id = ?"), {a});
        refused(store, a, QStringLiteral("older format"));
    }

    void withoutTheKeyNothingIsSavedAndNothingIsCalledUnreadable()
    {
        IntakeDraftStore store(*m_database, m_clock, Key);
        const QString id = IntakeDraftStore::newId();
        QVERIFY(store.insert(m_clerk, id, payloadFor(QStringLiteral("k")), {}).ok());
        IntakeDraftStore keyless(*m_database, m_clock, QByteArray());
        bool unreadable = true;
        const auto opened = keyless.open(m_clerk, id, &unreadable);
        QVERIFY(!opened.ok());
        QVERIFY(!unreadable); // the draft is fine: keep it for when the key is back
        QVERIFY(!keyless.insert(m_clerk, IntakeDraftStore::newId(), "{}", {}).ok());
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM intake_draft")), 1);
    }

    void takingTheCaseInRemovesItsDraftInTheSameTransaction()
    {
        const WorkCalendar calendar = CalendarData::load().value();
        CaseService cases(*m_database, m_clock, calendar, *m_accounts);
        const QHash<QString, Guide> guides = GuideRepository(*m_database).latestAll().value();
        IntakeDraftStore store(*m_database, m_clock, Key);
        IntakeDraft draft;
        draft.applicant.name = Name;
        draft.applicant.identifier = IdNumber;
        draft.applicant.phone = QStringLiteral("13812345678");
        draft.itemCodes = {QStringLiteral("P082")};
        (void)draft.check(QDate(2026, 11, 30));
        draft.mergeChecklist(guides, GuideRepository(*m_database).dictionary().value());
        for (CaseMaterial& m : draft.materials)
            m.state = CaseMaterial::State::Received;
        draft.autosaveId = IntakeDraftStore::newId();
        QVERIFY(store.insert(m_clerk, draft.autosaveId, payloadFor(QStringLiteral("t")), {}).ok());

        // The decision fails inside the transaction: the case and the draft's removal roll back
        // together, so the clerk's draft is still there.
        exec(QStringLiteral("CREATE TEMP TRIGGER refuse_acceptance BEFORE INSERT ON "
                            "main.case_event WHEN NEW.status = 'accepted' BEGIN "
                            "SELECT RAISE(ABORT, 'test: no acceptance'); END"));
        QVERIFY(!cases.takeIn(m_clerk, draft, IntakeDraft::Decision::Accept, {}, guides).ok());
        QCOMPARE(CaseRepository(*m_database).count().value(), 0);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM intake_draft WHERE id = ?"),
                      {draft.autosaveId}),
                 1);
        exec(QStringLiteral("DROP TRIGGER temp.refuse_acceptance"));

        const auto taken = cases.takeIn(m_clerk, draft, IntakeDraft::Decision::Accept, {}, guides);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QCOMPARE(CaseRepository(*m_database).count().value(), 1);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM intake_draft")), 0);
    }
};

QTEST_GUILESS_MAIN(TestIntakeDraftStore)
#include "TestIntakeDraftStore.moc"
