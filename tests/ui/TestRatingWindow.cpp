// 好差评 on the customer window, over the fixture hall: five buttons; a pointer answers, the
// keyboard cannot; one rating per case (a second attempt is refused); a 1 or 2 opens a
// rectification due in working days; a scanned receipt rates with the channel qr.
#include "Localization.h"
#include "ReportFixture.h"
#include "WorkspaceFixture.h"
#include "customer/RatingWindow.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportRepository.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using test::ReportFixture;

class TestRatingWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<RatingRecorder> m_ratings;
    std::unique_ptr<RatingWindow> m_window;
    int m_days = 5;

    // The id of the fixture's case with this number.
    QString caseId(const QString& number)
    {
        QSqlQuery query(m_counter->database->connection());
        query.prepare(QStringLiteral("SELECT id FROM case_file WHERE number = ?"));
        query.addBindValue(number);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }
    QString stored(const QString& id, const QString& sql)
    {
        QSqlQuery query(m_counter->database->connection());
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
        m_counter = std::make_unique<test::CounterFixture>();
        AuditLog audit = m_counter->accounts->auditLog();
        QVERIFY(ReportFixture::load(*m_counter->database, m_counter->calendar, audit).ok());
        m_ratings = std::make_unique<RatingRecorder>(*m_counter->database, m_counter->calendar);
        m_window = std::make_unique<RatingWindow>(
            [this](const QString& id, int score, RatingRecorder::Channel channel) {
                AuditLog log = m_counter->accounts->auditLog();
                // Friday 2026-11-20, 17:00 Beijing time.
                return m_ratings->record(
                    {id, score, channel, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)},
                    QStringLiteral("clerk"), log, m_days);
            },
            [this](const QString& id) { return m_ratings->scoreOf(id); });
        m_window->placeOnCustomerScreen();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fiveLargeButtonsThatTakeNoKeyboard()
    {
        QVERIFY(m_window->windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
        for (int score = 1; score <= 5; ++score) {
            QPushButton* button = m_window->button(score);
            QVERIFY(button);
            QCOMPARE(button->focusPolicy(), Qt::NoFocus);
            QVERIFY(button->text().endsWith(QString::number(score)));
            QVERIFY(button->minimumHeight() >= 120);
        }
        QVERIFY(m_window->button(5)->text().startsWith(QStringLiteral("Very satisfied")));
        QVERIFY(m_window->button(1)->text().startsWith(QStringLiteral("Very dissatisfied")));
        // Nothing asked yet: nothing to press.
        QVERIFY(!m_window->button(5)->isEnabled());
    }

    void aTouchRatesOnceAndTheKeyboardCannot()
    {
        // Case 7 (E002, accepted, not rated in the fixture).
        const QString id = caseId(QStringLiteral("XC01-03-20261120-0004"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_window->askFor(id, QStringLiteral("XC01-03-20261120-0004")));
        QVERIFY(m_window->button(4)->isEnabled());
        QSignalSpy rated(m_window.get(), &RatingWindow::rated);
        // The clerk's keyboard: Space and Enter on the button do nothing.
        QTest::keyClick(m_window->button(5), Qt::Key_Space);
        QTest::keyClick(m_window->button(5), Qt::Key_Return);
        QCOMPARE(rated.count(), 0);
        QCOMPARE(m_ratings->scoreOf(id).value(), 0);

        QTest::mouseClick(m_window->button(4), Qt::LeftButton);
        QCOMPARE(rated.count(), 1);
        QCOMPARE(m_ratings->scoreOf(id).value(), 4);
        QCOMPARE(stored(id, QStringLiteral("SELECT channel FROM evaluation WHERE case_id = ?")),
                 QStringLiteral("window"));
        QVERIFY(!m_window->button(5)->isEnabled());
        QTest::mouseClick(m_window->button(5), Qt::LeftButton);
        QCOMPARE(rated.count(), 1);

        // A second attempt for the same case is refused.
        QVERIFY(!m_window->askFor(id, QStringLiteral("XC01-03-20261120-0004")));
        QVERIFY(m_window->message().contains(QStringLiteral("already been rated")));
        QVERIFY(!m_window->button(1)->isEnabled());
        QCOMPARE(m_ratings->scoreOf(id).value(), 4);
    }

    void aBadRatingFromAScannedReceiptOpensARectification()
    {
        // Case 10 (window 5, 2026-11-17, accepted, not rated); rectifications due in 3 days.
        m_days = 3;
        const QString id = caseId(QStringLiteral("XC01-05-20261117-0001"));
        QVERIFY(m_window->askFor(id, QStringLiteral("XC01-05-20261117-0001"),
                                 RatingRecorder::Channel::Qr));
        QTest::mouseClick(m_window->button(2), Qt::LeftButton);
        QCOMPARE(m_ratings->scoreOf(id).value(), 2);
        QVERIFY(m_window->message().contains(QStringLiteral("call you back")));
        QCOMPARE(stored(id, QStringLiteral("SELECT channel FROM evaluation WHERE case_id = ?")),
                 QStringLiteral("qr"));
        // Friday 11-20 + 3 working days.
        QCOMPARE(stored(id, QStringLiteral("SELECT due_date FROM rectification WHERE case_id = ?")),
                 QStringLiteral("2026-11-25"));
        QCOMPARE(
            stored(id, QStringLiteral("SELECT working_days FROM rectification WHERE case_id = ?")),
            QStringLiteral("3"));
    }

    void anUndecidedCaseIsNotRated()
    {
        const QString id = caseId(QStringLiteral("XC01-05-20261120-0003"));
        QVERIFY(m_window->askFor(id, QStringLiteral("XC01-05-20261120-0003")));
        QTest::mouseClick(m_window->button(5), Qt::LeftButton);
        QCOMPARE(m_ratings->scoreOf(id).value(), 0);
        QVERIFY2(m_window->message().contains(QStringLiteral("not decided")),
                 qPrintable(m_window->message()));
    }

    void theChecklistInLargeType()
    {
        m_window->showChecklist(QStringLiteral("P001"),
                                {QStringLiteral("居民身份证 ✓"), QStringLiteral("户口簿 ✗")});
        auto* list = m_window->findChild<QLabel*>(QStringLiteral("customerChecklist"));
        QVERIFY(list->isVisible());
        QVERIFY(list->text().contains(QStringLiteral("户口簿")));
        QVERIFY(list->font().pointSize() >= 20);
        QVERIFY(!m_window->button(5)->isEnabled());
    }
};

QTEST_MAIN(TestRatingWindow)
#include "TestRatingWindow.moc"
