#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "access/AccountService.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogSeed.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString AdminPassword = QStringLiteral("Counter2026ok");
const QString ClerkPassword = QStringLiteral("Window7seven");

QStringList actionsOf(const QList<AuditRecord>& records)
{
    QStringList actions;
    for (const AuditRecord& record : records)
        actions.append(record.action);
    return actions;
}

} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    test::ManualClock m_clock;
    std::unique_ptr<AccountService> m_accounts;
    int m_counter = 0;

    Session signIn(const QString& name, const QString& password)
    {
        const Result<Session> session = m_accounts->signIn(name, password);
        if (!session)
            qFatal("%s", qPrintable(session.error()));
        return session.value();
    }

private slots:
    void init()
    {
        m_database.reset();
        auto prepared =
            DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_counter)),
                                   CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        m_database = std::move(prepared.value().database);
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        const Status setUp = m_accounts->setUpHall(
            HallSetup{QStringLiteral("XC01"), QStringLiteral("薛城区政务服务中心"), 3, 5},
            QStringLiteral("admin.wang"), QStringLiteral("王伟"), AdminPassword);
        QVERIFY2(setUp.ok(), qPrintable(setUp.error()));
    }

    void cleanup()
    {
        m_accounts.reset();
        m_database.reset();
    }

    void setUpIsOnceAndValidated()
    {
        const Status again =
            m_accounts->setUpHall(HallSetup{QStringLiteral("XC02"), QStringLiteral("x"), 1, 5},
                                  QStringLiteral("other"), QStringLiteral("Other"), AdminPassword);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("XC01")));
        QVERIFY(
            !AccountService::checkHall({QStringLiteral("xc01"), QStringLiteral("n"), 1, 5}).ok());
        QVERIFY(
            !AccountService::checkHall({QStringLiteral("XC01"), QStringLiteral("n"), 0, 5}).ok());
        QVERIFY(
            !AccountService::checkHall({QStringLiteral("XC01"), QStringLiteral(" "), 1, 5}).ok());
        QVERIFY(!AccountService::checkUserName(QStringLiteral("Admin")).ok());
        QVERIFY(!AccountService::checkUserName(QStringLiteral("a")).ok());
        QVERIFY(AccountService::checkUserName(QStringLiteral("clerk.li")).ok());
    }

    void noDefaultPasswordAndThePolicyHolds()
    {
        QTemporaryDir dir;
        auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("weak.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        AccountService accounts(*prepared.value().database, m_clock);
        const Status weak = accounts.setUpHall(
            HallSetup{QStringLiteral("XC09"), QStringLiteral("n"), 1, 5}, QStringLiteral("admin"),
            QStringLiteral("A"), QStringLiteral("admin123"));
        QVERIFY(!weak.ok());
        QVERIFY(!accounts.hall().value()); // nothing stored: neither hall nor account
        QCOMPARE(UserRepository(*prepared.value().database).list().value().size(), 0);
    }

    void signInAndWrongPassword()
    {
        const Session session = signIn(QStringLiteral("admin.wang"), AdminPassword);
        QCOMPARE(session.user.role, Role::Admin);
        QCOMPARE(session.hall.window, 3);
        QCOMPARE(session.windowLabel(), QStringLiteral("XC01-3"));
        const Result<Session> wrong =
            m_accounts->signIn(QStringLiteral("admin.wang"), QStringLiteral("nope-nope-1"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().contains(QStringLiteral("Wrong user name or password")));
        const Result<Session> unknown = m_accounts->signIn(QStringLiteral("ghost"), AdminPassword);
        QCOMPARE(unknown.error(), wrong.error()); // an unknown name is not told apart
    }

    void fiveWrongPasswordsLockFor15Minutes()
    {
        for (int i = 1; i < AccountService::MaxFailedAttempts; ++i)
            QVERIFY(
                !m_accounts->signIn(QStringLiteral("admin.wang"), QStringLiteral("wrong-pass-1"))
                     .ok());
        const Result<Session> fifth =
            m_accounts->signIn(QStringLiteral("admin.wang"), QStringLiteral("wrong-pass-1"));
        QVERIFY(fifth.error().contains(QStringLiteral("locked for 15 minutes")));
        // Even the right password is refused while locked.
        const Result<Session> locked =
            m_accounts->signIn(QStringLiteral("admin.wang"), AdminPassword);
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().contains(QStringLiteral("is locked until")),
                 qPrintable(locked.error()));
        m_clock.advanceMinutes(14);
        QVERIFY(!m_accounts->signIn(QStringLiteral("admin.wang"), AdminPassword).ok());
        m_clock.advanceMinutes(2);
        QVERIFY(m_accounts->signIn(QStringLiteral("admin.wang"), AdminPassword).ok());
        const QStringList actions = actionsOf(m_accounts->auditLog().list().value());
        QCOMPARE(actions.count(QStringLiteral("sign_in_failed")), 6);
        QCOMPARE(actions.count(QStringLiteral("account_locked")), 1);
        QVERIFY(actions.contains(QStringLiteral("sign_in")));
    }

    void adminUnlocksAndManagesUsers()
    {
        const Session admin = signIn(QStringLiteral("admin.wang"), AdminPassword);
        UserAccount clerk{QStringLiteral("clerk.li"),
                          QStringLiteral("李娜"),
                          Role::Clerk,
                          {},
                          false,
                          true,
                          0,
                          {}};
        QVERIFY(m_accounts->addUser(admin, clerk, ClerkPassword).ok());
        QVERIFY(!m_accounts->addUser(admin, clerk, ClerkPassword).ok()); // twice
        UserAccount weak{QStringLiteral("clerk.zhao"),
                         QStringLiteral("赵"),
                         Role::Clerk,
                         {},
                         false,
                         true,
                         0,
                         {}};
        QVERIFY(!m_accounts->addUser(admin, weak, QStringLiteral("12345678")).ok());
        for (int i = 0; i < AccountService::MaxFailedAttempts; ++i)
            (void)m_accounts->signIn(QStringLiteral("clerk.li"), QStringLiteral("bad-pass-99"));
        QVERIFY(!m_accounts->signIn(QStringLiteral("clerk.li"), ClerkPassword).ok());
        QVERIFY(m_accounts->unlock(admin, QStringLiteral("clerk.li")).ok());
        const Session clerkSession = signIn(QStringLiteral("clerk.li"), ClerkPassword);
        // A clerk may not manage users, and the refusal is recorded.
        const Status refused = m_accounts->addUser(clerkSession, weak, ClerkPassword);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("manage user accounts")));
        QVERIFY(!m_accounts->users(clerkSession).ok());
        QVERIFY(actionsOf(m_accounts->auditLog().list().value())
                    .contains(QStringLiteral("access_denied")));
        // Deactivated accounts cannot sign in; nobody deactivates themselves.
        QVERIFY(m_accounts->setActive(admin, QStringLiteral("clerk.li"), false).ok());
        QVERIFY(!m_accounts->signIn(QStringLiteral("clerk.li"), ClerkPassword).ok());
        QVERIFY(!m_accounts->setActive(admin, QStringLiteral("admin.wang"), false).ok());
        QVERIFY(
            m_accounts
                ->resetPassword(admin, QStringLiteral("clerk.li"), QStringLiteral("Fresh2026start"))
                .ok());
        QVERIFY(m_accounts->setActive(admin, QStringLiteral("clerk.li"), true).ok());
        QVERIFY(
            m_accounts->signIn(QStringLiteral("clerk.li"), QStringLiteral("Fresh2026start")).ok());
        QCOMPARE(m_accounts->users(admin).value().size(), 2);
    }

    void changePasswordNeedsTheCurrentOne()
    {
        const Session admin = signIn(QStringLiteral("admin.wang"), AdminPassword);
        QVERIFY(!m_accounts
                     ->changePassword(admin, QStringLiteral("wrong-one-1"),
                                      QStringLiteral("Another2026x"))
                     .ok());
        QVERIFY(
            m_accounts->changePassword(admin, AdminPassword, QStringLiteral("Another2026x")).ok());
        QVERIFY(!m_accounts->signIn(QStringLiteral("admin.wang"), AdminPassword).ok());
        QVERIFY(
            m_accounts->signIn(QStringLiteral("admin.wang"), QStringLiteral("Another2026x")).ok());
    }

    void sessionsExpireAfterAShift()
    {
        const Session admin = signIn(QStringLiteral("admin.wang"), AdminPassword);
        QVERIFY(m_accounts->require(admin, Action::ManageUsers).ok());
        m_clock.advanceMinutes(Session::MaxAgeHours * 60 + 1);
        const Status expired = m_accounts->require(admin, Action::ManageUsers);
        QVERIFY(!expired.ok());
        QVERIFY(expired.error().contains(QStringLiteral("sign in again")));
    }

    void demoUsersAreMarkedAndGoOnlyIntoADemoDatabase()
    {
        const auto refused = m_accounts->setUpDemo();
        QVERIFY(!refused.ok()); // this database belongs to XC01
        QTemporaryDir dir;
        auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("demo.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        AccountService demo(*prepared.value().database, m_clock);
        const auto created = demo.setUpDemo();
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(created.value().size(), 4);
        for (const auto& [account, password] : created.value()) {
            QVERIFY(account.demo);
            const Result<Session> session = demo.signIn(account.name, password);
            QVERIFY2(session.ok(), qPrintable(session.error()));
            QVERIFY(session.value().user.demo);
        }
        QCOMPARE(demo.setUpDemo().value().size(), 0); // again: nothing new, nothing reprinted
    }

    void theAuditLogIsAChainThatResistsChange()
    {
        const Session admin = signIn(QStringLiteral("admin.wang"), AdminPassword);
        QVERIFY(m_accounts->audit(admin, QStringLiteral("print"), QStringLiteral("E001")).ok());
        AuditLog log = m_accounts->auditLog();
        QVERIFY(log.verify().value().ok);
        const QList<AuditRecord> records = log.list().value();
        QVERIFY(records.size() >= 3);
        QCOMPARE(records.first().action, QStringLiteral("hall_set_up"));
        QCOMPARE(records.last().window, QStringLiteral("3"));
        // The program cannot edit it: the triggers refuse.
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(
            QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE sequence = 2")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = 2")));
        // Someone with the file and sqlite3 drops the trigger and edits a row: the chain shows it.
        QVERIFY(m_database
                    ->executeScript(QStringLiteral(
                        "DROP TRIGGER audit_log_is_append_only_update;"
                        "UPDATE audit_log SET user_name = 'someone' WHERE sequence = 2;"))
                    .ok());
        const AuditChain::Verification broken = log.verify().value();
        QVERIFY(!broken.ok);
        QCOMPARE(broken.firstBadSequence, qint64(2));
    }

    void auditFiltersByDateUserAndAction()
    {
        (void)signIn(QStringLiteral("admin.wang"), AdminPassword);
        m_clock.advanceMinutes(60 * 24 * 3);
        (void)signIn(QStringLiteral("admin.wang"), AdminPassword);
        AuditLog log = m_accounts->auditLog();
        const QDate today = m_clock.now().toLocalTime().date();
        QCOMPARE(log.list(AuditFilter{today, today, {}, QStringLiteral("sign_in")}).value().size(),
                 1);
        QCOMPARE(
            log.list(AuditFilter{{}, {}, QStringLiteral("admin.wang"), QStringLiteral("sign_in")})
                .value()
                .size(),
            2);
        QCOMPARE(log.list(AuditFilter{{}, {}, QStringLiteral("nobody"), {}}).value().size(), 0);
    }

    void passwordsNeverReachTheAuditLog()
    {
        (void)m_accounts->signIn(QStringLiteral("admin.wang"), QStringLiteral("Mistyped2026pw"));
        (void)m_accounts->signIn(QStringLiteral("Mistyped2026pw"),
                                 AdminPassword); // password typed as name
        const QByteArray json = AuditLog::toJson(m_accounts->auditLog().list().value());
        QVERIFY(!json.contains("Mistyped2026pw"));
        QVERIFY(!json.contains(AdminPassword.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "TestAccountService.moc"
