// Sign-in, first setup, the idle lock, switching user, and the administrator's screens, driven
// through their real widgets.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "access/IdleWatcher.h"
#include "access/LockScreen.h"
#include "access/SetupDialog.h"
#include "access/SignInDialog.h"
#include "admin/AuditDialog.h"
#include "admin/AuditModel.h"
#include "admin/UsersDialog.h"
#include "admin/UsersModel.h"
#include "audit/AuditLog.h"
#include "guide/GuideView.h"
#include "main/MainWindow.h"
#include "search/SearchPanel.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace ow;

class TestAccessScreens : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto window =
            std::make_unique<MainWindow>(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                                         m_counter->signIn(user), m_counter->clock);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not shown");
        return window;
    }

    QStringList auditActions() const
    {
        QStringList actions;
        for (const AuditRecord& record : m_counter->accounts->auditLog().list().value())
            actions.append(record.action);
        return actions;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
    }

    void init() { m_counter = std::make_unique<test::CounterFixture>(); }

    void signInDialogSaysWhyAndStaysOpen()
    {
        SignInDialog dialog(*m_counter->accounts, QStringLiteral("XC01"));
        dialog.show();
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("clerk"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong-pass-1"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("用户名或密码错误")));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QTest::keyClicks(dialog.passwordEdit(), test::CounterFixture::Password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->user.role, Role::Clerk);
    }

    // onewindow builds the sign-in window while a worker thread opens the database: until the
    // accounts are given, the window refuses to sign in (button off, Return does nothing);
    // afterwards it shows the hall and signs in as the window built with them does.
    void signInDialogBuiltBeforeTheDatabaseSignsInOnceGivenTheAccounts()
    {
        SignInDialog dialog;
        dialog.show();
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("clerk"));
        dialog.passwordEdit()->setText(test::CounterFixture::Password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.session());

        dialog.setAccounts(*m_counter->accounts);
        dialog.setHallText(QStringLiteral("薛城区政务服务中心, window 3"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("signInHall"))->text(),
                 QStringLiteral("薛城区政务服务中心, window 3"));
        QVERIFY(button->isEnabled());
        dialog.passwordEdit()->setText(test::CounterFixture::Password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->user.name, QStringLiteral("clerk"));
    }

    void setupDialogRefusesBadInputAndStoresNothing()
    {
        QTemporaryDir dir;
        auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("new.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        AccountService accounts(*prepared.value().database, m_counter->clock);
        SetupDialog dialog(accounts);
        dialog.show();
        const auto line = [&](const char* name) {
            return dialog.findChild<QLineEdit*>(QLatin1String(name));
        };
        QTest::keyClicks(line("setupCenterCode"), QStringLiteral("xc01"));
        line("setupCenterName")
            ->setText(QStringLiteral("薛城区政务服务中心")); // typed through an input method
        dialog.findChild<QSpinBox*>(QStringLiteral("setupWindow"))->setValue(2);
        QTest::keyClicks(line("setupAdminName"), QStringLiteral("admin.wang"));
        QTest::keyClicks(line("setupPassword"), QStringLiteral("short1"));
        QTest::keyClicks(line("setupRepeat"), QStringLiteral("short1"));
        dialog.findChild<QPushButton*>(QStringLiteral("setupButton"))->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QVERIFY(!accounts.hall().value());
        line("setupPassword")->setText(QStringLiteral("Counter2026ok"));
        line("setupRepeat")->setText(QStringLiteral("Counter2026ox"));
        dialog.findChild<QPushButton*>(QStringLiteral("setupButton"))->click();
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("两次输入的密码不一致。"));
        line("setupRepeat")->setText(QStringLiteral("Counter2026ok"));
        dialog.findChild<QPushButton*>(QStringLiteral("setupButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(accounts.hall().value()->centerCode, QStringLiteral("XC01")); // upper-cased
        QVERIFY(
            accounts.signIn(QStringLiteral("admin.wang"), QStringLiteral("Counter2026ok")).ok());
    }

    void idleLockHidesEverythingUntilTheSamePassword()
    {
        auto window = windowFor(QStringLiteral("clerk"));
        QVERIFY(!window->isLocked());
        m_counter->clock.advanceMinutes(4);
        window->idleWatcher()->check();
        QVERIFY(!window->isLocked());
        m_counter->clock.advanceMinutes(1);
        window->idleWatcher()->check();
        QVERIFY(window->isLocked());
        QVERIFY(!window->searchPanel()->isVisible()); // nothing of the work shows
        QVERIFY(!window->menuBar()->isEnabled());
        LockScreen* lock = window->lockScreen();
        QTest::keyClicks(lock->passwordEdit(), QStringLiteral("wrong-pass-2"));
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
        QVERIFY(window->isLocked());
        QTest::keyClicks(lock->passwordEdit(), test::CounterFixture::Password);
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
        QVERIFY(!window->isLocked());
        QVERIFY(window->searchPanel()->isVisible());
        QVERIFY(auditActions().contains(QStringLiteral("screen_locked")));
    }

    void inputKeepsTheScreenOpenAndCtrlLLocksAtOnce()
    {
        auto window = windowFor(QStringLiteral("clerk"));
        m_counter->clock.advanceMinutes(4);
        QTest::keyClick(window->searchPanel()->edit(), Qt::Key_G);
        m_counter->clock.advanceMinutes(4);
        window->idleWatcher()->check();
        QVERIFY(!window->isLocked()); // 4 minutes since the key, not 8
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window->isLocked());
    }

    void expiredSessionLocksAndRenews()
    {
        auto window = windowFor(QStringLiteral("clerk"));
        const QDateTime first = window->session().signedInAt;
        m_counter->clock.advanceMinutes(Session::MaxAgeHours * 60 + 5);
        window->idleWatcher()->check();
        QVERIFY(window->isLocked());
        QVERIFY(window->lockScreen()
                    ->findChild<QLabel*>(QStringLiteral("lockMessage"))
                    ->text()
                    .contains(QStringLiteral("12")));
        QVERIFY(window->unlock(test::CounterFixture::Password));
        QVERIFY(window->session().signedInAt > first);
    }

    void menusFollowTheRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("users");
        QTest::addColumn<bool>("audit");
        QTest::newRow("clerk") << QStringLiteral("clerk") << false << false;
        QTest::newRow("assisted") << QStringLiteral("helper") << false << false;
        QTest::newRow("supervisor") << QStringLiteral("boss") << false << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true << true;
    }

    void menusFollowTheRole()
    {
        QFETCH(QString, user);
        QFETCH(bool, users);
        QFETCH(bool, audit);
        auto window = windowFor(user);
        QMenu* manage = window->adminMenu();
        QCOMPARE(manage->menuAction()->isVisible(), users || audit);
        const QList<QAction*> actions = manage->actions();
        QCOMPARE(actions.at(0)->isVisible(), users);
        QCOMPARE(actions.at(1)->isVisible(), audit);
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("statusUser"))
                    ->text()
                    .contains(window->session().user.displayName));
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("statusUser"))
                    ->text()
                    .contains(Roles::displayName(window->session().user.role)));
    }

    void switchingUserChangesRoleAndRecordsIt()
    {
        auto window = windowFor(QStringLiteral("clerk"));
        window->switchTo(m_counter->signIn(QStringLiteral("admin")));
        QCOMPARE(window->session().user.role, Role::Admin);
        QVERIFY(window->adminMenu()->menuAction()->isVisible());
        QVERIFY(auditActions().contains(QStringLiteral("sign_out")));
    }

    void usersDialogManagesAccounts()
    {
        const Session admin = m_counter->signIn(QStringLiteral("admin"));
        UsersDialog dialog(*m_counter->accounts, admin, m_counter->clock);
        QCOMPARE(dialog.model()->rowCount(), 4);
        QVERIFY(!dialog.addUser(UserAccount{QStringLiteral("new.one"),
                                            QStringLiteral("新人"),
                                            Role::Clerk,
                                            {},
                                            false,
                                            true,
                                            0,
                                            {}},
                                QStringLiteral("12345678")));
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QCOMPARE(dialog.model()->rowCount(), 4);
        QVERIFY(dialog.addUser(UserAccount{QStringLiteral("new.one"),
                                           QStringLiteral("新人"),
                                           Role::Clerk,
                                           {},
                                           false,
                                           true,
                                           0,
                                           {}},
                               QStringLiteral("Newcomer2026a")));
        QCOMPARE(dialog.model()->rowCount(), 5);
        QVERIFY(dialog.setActive(QStringLiteral("new.one"), false));
        const QModelIndex state =
            dialog.model()->index(3, UsersModel::State); // sorted: admin boss clerk helper new.one
        QVERIFY(dialog.model()
                    ->index(4, UsersModel::State)
                    .data()
                    .toString()
                    .contains(QStringLiteral("停用")));
        Q_UNUSED(state);
        QVERIFY(!dialog.unlock(QString())); // nothing chosen
        QVERIFY(dialog.resetPassword(QStringLiteral("clerk"), QStringLiteral("Renewed2026b")));
        QVERIFY(m_counter->accounts->signIn(QStringLiteral("clerk"), QStringLiteral("Renewed2026b"))
                    .ok());
    }

    void auditDialogReadsVerifiesAndExports()
    {
        const Session boss = m_counter->signIn(QStringLiteral("boss"));
        AuditDialog dialog(*m_counter->accounts, boss);
        dialog.setFilter(AuditFilter{QDate(2000, 1, 1), QDate(2100, 1, 1), {}, {}});
        QVERIFY(dialog.load());
        QVERIFY(dialog.model()->rowCount() >= 5);
        QVERIFY(dialog.verify());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.json"));
        QVERIFY(dialog.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(exported.size(), dialog.model()->rowCount());
        QVERIFY(auditActions().contains(QStringLiteral("audit_exported")));
        // A clerk is refused even if the dialog were reached some other way.
        const Session clerk = m_counter->signIn(QStringLiteral("clerk"));
        AuditDialog refused(*m_counter->accounts, clerk);
        QVERIFY(!refused.load());
        QVERIFY(!refused.exportTo(dir.filePath(QStringLiteral("no.json"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.json"))));
    }

    void guidePrintsAreAudited()
    {
        auto window = windowFor(QStringLiteral("clerk"));
        GuideView* view = window->openGuide(QStringLiteral("E001"));
        QVERIFY(view);
        view->findChild<QPushButton*>(QStringLiteral("guidePrint"))->click();
        view->findChild<QPushButton*>(QStringLiteral("guidePdf"))->click();
        const QList<AuditRecord> records = m_counter->accounts->auditLog().list().value();
        QCOMPARE(records.at(records.size() - 2).action, QStringLiteral("print"));
        QCOMPARE(records.last().action, QStringLiteral("export"));
        QCOMPARE(records.last().subject, QStringLiteral("E001"));
        QCOMPARE(records.last().userName, QStringLiteral("clerk"));
    }
};

QTEST_MAIN(TestAccessScreens)
#include "TestAccessScreens.moc"
