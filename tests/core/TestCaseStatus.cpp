#include "cases/CaseStatus.h"

#include <QTest>

using namespace ow;

namespace {

QList<CaseEvent> log(const QList<CaseStatus>& statuses)
{
    QList<CaseEvent> events;
    QDateTime at(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    for (const CaseStatus status : statuses) {
        events.append(CaseEvent{status, at, QStringLiteral("clerk"), QString()});
        at = at.addSecs(60);
    }
    return events;
}

} // namespace

class TestCaseStatus : public QObject
{
    Q_OBJECT

private slots:
    void validLives_data()
    {
        using S = CaseStatus;
        QTest::addColumn<QList<CaseStatus>>("events");
        QTest::addColumn<CaseStatus>("status");
        QTest::newRow("received") << QList<S>{S::Received} << S::Received;
        QTest::newRow("whole life") << QList<S>{S::Received,  S::Accepted,  S::UnderReview,
                                                S::Concluded, S::Delivered, S::Archived}
                                    << S::Archived;
        QTest::newRow("on the spot")
            << QList<S>{S::Received, S::Accepted, S::Concluded} << S::Concluded;
        QTest::newRow("supplement then accept")
            << QList<S>{S::Received, S::SupplementRequested, S::Accepted} << S::Accepted;
        QTest::newRow("refused and archived")
            << QList<S>{S::Received, S::Refused, S::Archived} << S::Archived;
        QTest::newRow("withdrawn under review")
            << QList<S>{S::Received, S::Accepted, S::UnderReview, S::Withdrawn} << S::Withdrawn;
        QTest::newRow("withdrawn at supplement")
            << QList<S>{S::Received, S::SupplementRequested, S::Withdrawn, S::Archived}
            << S::Archived;
    }

    void validLives()
    {
        QFETCH(QList<CaseStatus>, events);
        QFETCH(CaseStatus, status);
        const Result<CaseStatus> result = CaseLifecycle::statusOf(log(events));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), status);
    }

    void invalidLives_data()
    {
        using S = CaseStatus;
        QTest::addColumn<QList<CaseStatus>>("events");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QList<S>{} << QStringLiteral("no event");
        QTest::newRow("starts accepted") << QList<S>{S::Accepted} << QStringLiteral("must begin");
        QTest::newRow("second supplement")
            << QList<S>{S::Received, S::SupplementRequested, S::SupplementRequested}
            << QStringLiteral("Event 3");
        QTest::newRow("withdraw concluded")
            << QList<S>{S::Received, S::Accepted, S::Concluded, S::Withdrawn}
            << QStringLiteral("Event 4");
        QTest::newRow("deliver refused")
            << QList<S>{S::Received, S::Refused, S::Delivered} << QStringLiteral("Event 3");
        QTest::newRow("after archive")
            << QList<S>{S::Received, S::Refused, S::Archived, S::Accepted}
            << QStringLiteral("Event 4");
        QTest::newRow("receive twice")
            << QList<S>{S::Received, S::Received} << QStringLiteral("Event 2");
    }

    void invalidLives()
    {
        QFETCH(QList<CaseStatus>, events);
        QFETCH(QString, expected);
        const Result<CaseStatus> result = CaseLifecycle::statusOf(log(events));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }

    void eventsMustBeInTimeOrder()
    {
        QList<CaseEvent> events = log({CaseStatus::Received, CaseStatus::Accepted});
        events[1].at = events[0].at.addSecs(-1);
        QVERIFY(!CaseLifecycle::statusOf(events).ok());
    }

    void withdrawalFromEveryOpenStateOnly()
    {
        for (const CaseStatus status : CaseLifecycle::all())
            QCOMPARE(CaseLifecycle::next(status).contains(CaseStatus::Withdrawn),
                     CaseLifecycle::isOpen(status));
    }

    void onlyWithdrawalAndRefusalNeedAReason()
    {
        for (const CaseStatus status : CaseLifecycle::all())
            QCOMPARE(CaseLifecycle::needsReason(status),
                     status == CaseStatus::Withdrawn || status == CaseStatus::Refused);
    }

    // The later life after a decision, step by step, as the case view offers it.
    void laterStepsFollowTheIssue_data()
    {
        using S = CaseStatus;
        QTest::addColumn<CaseStatus>("from");
        QTest::addColumn<QList<CaseStatus>>("next");
        QTest::newRow("supplement: materials arrive")
            << S::SupplementRequested << QList<S>{S::Accepted, S::Refused, S::Withdrawn};
        QTest::newRow("accepted") << S::Accepted
                                  << QList<S>{S::UnderReview, S::Concluded, S::Withdrawn};
        QTest::newRow("review") << S::UnderReview << QList<S>{S::Concluded, S::Withdrawn};
        QTest::newRow("concluded") << S::Concluded << QList<S>{S::Delivered};
        QTest::newRow("delivered") << S::Delivered << QList<S>{S::Archived};
        QTest::newRow("withdrawn") << S::Withdrawn << QList<S>{S::Archived};
        QTest::newRow("refused") << S::Refused << QList<S>{S::Archived};
        QTest::newRow("archived") << S::Archived << QList<S>{};
    }

    void laterStepsFollowTheIssue()
    {
        QFETCH(CaseStatus, from);
        QFETCH(QList<CaseStatus>, next);
        QCOMPARE(CaseLifecycle::next(from), next);
    }

    void keysRoundTrip()
    {
        for (const CaseStatus status : CaseLifecycle::all()) {
            QCOMPARE(CaseLifecycle::fromKey(CaseLifecycle::key(status)),
                     std::optional<CaseStatus>(status));
            QVERIFY(!CaseLifecycle::displayName(status).isEmpty());
        }
        QVERIFY(!CaseLifecycle::fromKey(QStringLiteral("lost")));
    }
};

QTEST_GUILESS_MAIN(TestCaseStatus)
#include "TestCaseStatus.moc"
