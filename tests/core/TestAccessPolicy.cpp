#include "access/AccessPolicy.h"

#include <QTest>

using namespace ow;

// The role matrix, written out in full: every action × every role, allowed or refused. A change
// to who may do what must change this table on purpose.
class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("clerk");
        QTest::addColumn<bool>("assisted");
        QTest::addColumn<bool>("supervisor");
        QTest::addColumn<bool>("admin");
        const auto row = [](const char* action, bool c, bool as, bool s, bool ad) {
            QTest::newRow(action) << QString::fromLatin1(action) << c << as << s << ad;
        };
        row("search_catalog", true, true, true, true);
        row("view_guide", true, true, true, true);
        row("print_guide", true, true, true, true);
        row("take_intake", true, true, true, false);
        row("decide_case", true, true, true, false);
        row("advance_case", true, true, true, false);
        row("withdraw_case", true, true, true, false);
        row("archive_case", false, false, true, false);
        row("print_case_document", true, true, true, false);
        row("view_applicant_archive", true, true, true, false);
        row("view_full_id_number", true, true, true, false);
        row("assisted_service", false, true, true, false);
        row("view_dashboard", false, false, true, true);
        row("export_cases", false, false, true, false);
        row("handle_rectification", false, false, true, false);
        row("view_audit_log", false, false, true, true);
        row("export_audit_log", false, false, true, true);
        row("review_sync_conflicts", false, false, true, true);
        row("manage_users", false, false, false, true);
        row("edit_catalog", false, false, false, true);
        row("publish_catalog", false, false, false, true);
        row("manage_calendar", false, false, false, true);
        row("configure_workstation", false, false, false, true);
    }

    void matrix()
    {
        QFETCH(QString, action);
        QFETCH(bool, clerk);
        QFETCH(bool, assisted);
        QFETCH(bool, supervisor);
        QFETCH(bool, admin);
        const std::optional<Action> parsed = Actions::fromKey(action);
        QVERIFY(parsed);
        QCOMPARE(Actions::key(*parsed), action);
        QCOMPARE(AccessPolicy::allows(Role::Clerk, *parsed), clerk);
        QCOMPARE(AccessPolicy::allows(Role::Assisted, *parsed), assisted);
        QCOMPARE(AccessPolicy::allows(Role::Supervisor, *parsed), supervisor);
        QCOMPARE(AccessPolicy::allows(Role::Admin, *parsed), admin);
    }

    void everyActionIsInTheMatrix() { QCOMPARE(Actions::all().size(), 23); }

    void refusalsNameTheRoleAndTheAction()
    {
        const Status refused = AccessPolicy::check(Role::Clerk, Action::ExportAuditLog);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("counter clerk")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("export the audit log")));
        QVERIFY(AccessPolicy::check(Role::Admin, Action::ExportAuditLog).ok());
    }

    void rolesHaveStableKeys()
    {
        for (const Role role : Roles::all())
            QCOMPARE(Roles::fromKey(Roles::key(role)), std::optional<Role>(role));
        QVERIFY(!Roles::fromKey(QStringLiteral("root")));
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "TestAccessPolicy.moc"
