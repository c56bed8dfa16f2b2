// owctl demo generate's history: the same seed gives the same database, a real hall's cases are
// never mixed with invented ones unless forced, the shares are those asked for, and every case
// is one the program itself would accept.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "demo/DemoGenerator.h"
#include "guide/GuideRepository.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"
#include "validation/PhoneNumber.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkCalendar m_calendar;
    int m_counter = 0;

    std::unique_ptr<Database> newDatabase()
    {
        auto prepared =
            DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_counter)),
                                   CatalogSeed::embeddedPath());
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error()));
        return std::move(prepared.value().database);
    }

    Result<DemoGenerator::Report> generate(Database& database, int cases, int days, quint64 seed,
                                           bool force = false)
    {
        GuideRepository guides(database);
        DemoGenerator generator(database, m_calendar, CatalogRepository(database).load().value(),
                                guides.latestAll().value(), guides.dictionary().value());
        DemoGenerator::Options options;
        options.cases = cases;
        options.days = days;
        options.seed = seed;
        options.end = QDate(2025, 12, 31);
        options.force = force;
        options.centerCode = QStringLiteral("XC01");
        return generator.generate(options);
    }

    // Every row of the tables the generator writes, in key order, hashed.
    static QByteArray contentHash(Database& database)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList tables = {QStringLiteral("applicant ORDER BY identifier"),
                                    QStringLiteral("case_file ORDER BY id"),
                                    QStringLiteral("case_item ORDER BY case_id, position"),
                                    QStringLiteral("case_material ORDER BY case_id, position"),
                                    QStringLiteral("case_event ORDER BY case_id, position"),
                                    QStringLiteral("evaluation ORDER BY case_id"),
                                    QStringLiteral("rectification ORDER BY case_id"),
                                    QStringLiteral("app_meta WHERE key = 'demo_generated'")};
        for (const QString& table : tables) {
            QSqlQuery query(database.connection());
            if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
                qFatal("cannot read %s", qPrintable(table));
            while (query.next())
                for (int i = 0; i < query.record().count(); ++i)
                    hash.addData(query.value(i).toString().toUtf8() + '\x1f');
        }
        return hash.result().toHex();
    }

    static int scalar(Database& database, const QString& sql)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(sql) || !query.next())
            qFatal("cannot run %s", qPrintable(sql));
        return query.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_calendar = CalendarData::load().value();
    }

    void theSameSeedGivesTheSameDatabase()
    {
        const auto a = newDatabase();
        const auto b = newDatabase();
        const auto c = newDatabase();
        QVERIFY(generate(*a, 1500, 60, 42).ok());
        QVERIFY(generate(*b, 1500, 60, 42).ok());
        QVERIFY(generate(*c, 1500, 60, 43).ok());
        QCOMPARE(scalar(*a, QStringLiteral("SELECT count(*) FROM case_file")), 1500);
        QCOMPARE(contentHash(*a), contentHash(*b));
        QVERIFY(contentHash(*a) != contentHash(*c));
    }

    void aDatabaseWithRealCasesIsRefusedUnlessForced()
    {
        const auto database = newDatabase();
        test::ManualClock clock(QDateTime(QDate(2025, 12, 1), QTime(2, 0), Qt::UTC));
        AuditLog audit(*database, clock, QStringLiteral("XC01"), QStringLiteral("1"));
        Case real;
        real.centerCode = QStringLiteral("XC01");
        real.window = 1;
        real.clerk = QStringLiteral("clerk");
        real.receivedAt = clock.now();
        real.applicant.name = QStringLiteral("张三");
        real.applicant.identifier = QStringLiteral("11010519491231002X");
        real.itemCodes = {QStringLiteral("P082")};
        real.events = {{CaseStatus::Received, clock.now(), QStringLiteral("clerk"), {}}};
        const Result<Case> stored = CaseRepository(*database).create(real, audit);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));

        const auto refused = generate(*database, 200, 30, 7);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("1 real case")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("--force")), qPrintable(refused.error()));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM case_file")), 1);

        // Forced: added beside the real case, numbered after it, each marked as generated.
        const auto forced = generate(*database, 200, 30, 7, true);
        QVERIFY2(forced.ok(), qPrintable(forced.error()));
        QCOMPARE(DemoGenerator::existing(*database).value().realCases, 1);
        QCOMPARE(DemoGenerator::existing(*database).value().generatedCases, 200);
        QCOMPARE(CaseRepository(*database).load(stored.value().id).value(), stored.value());

        // Generated cases alone do not count as real: another history can be added.
        const auto demoOnly = newDatabase();
        QVERIFY(generate(*demoOnly, 100, 10, 1).ok());
        QVERIFY(generate(*demoOnly, 100, 10, 1).ok());
        QCOMPARE(scalar(*demoOnly, QStringLiteral("SELECT count(*) FROM case_file")), 200);
    }

    void badOptionsAreRefused()
    {
        const auto database = newDatabase();
        QVERIFY(!generate(*database, 0, 10, 1).ok());
        QVERIFY(!generate(*database, 10, 0, 1).ok());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM case_file")), 0);
    }

    void theHistoryLooksLikeAHall()
    {
        const auto database = newDatabase();
        const int total = 12000;
        const auto report = generate(*database, total, 365, 2025);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        qInfo().noquote() << DemoGenerator::describe(report.value());
        Database& db = *database;

        // Cases only on working days of the calendar, make-up Saturdays and Sundays included.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT received_on FROM case_file")));
        int makeUpDays = 0;
        int daysWithCases = 0;
        while (query.next()) {
            const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            QVERIFY2(m_calendar.isWorkingDay(day), qPrintable(day.toString(Qt::ISODate)));
            makeUpDays += day.dayOfWeek() >= 6 ? 1 : 0;
            ++daysWithCases;
        }
        QVERIFY(makeUpDays >= 4); // 2025: 01-26, 02-08, 04-27, 09-28, 10-11
        QVERIFY(daysWithCases >= 240);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM case_file WHERE received_on = "
                                           "'2025-10-01' OR received_on = '2025-12-28'")),
                 0);

        // Decisions at the counter: ~85% accepted, ~10% supplement, ~5% refused.
        const auto decisionShare = [&db, total](const char* status) {
            return double(scalar(db, QStringLiteral("SELECT count(*) FROM case_event WHERE "
                                                    "position = 2 AND status = '%1'")
                                         .arg(QLatin1String(status)))) /
                   total;
        };
        QVERIFY(qAbs(decisionShare("accepted") - 0.85) < 0.02);
        QVERIFY(qAbs(decisionShare("supplement_requested") - 0.10) < 0.015);
        QVERIFY(qAbs(decisionShare("refused") - 0.05) < 0.01);

        // Hours: the morning peak is busier than the lunch hour, and nobody comes at night.
        const auto atHour = [&db](int hour) {
            return scalar(db, QStringLiteral("SELECT count(*) FROM case_file WHERE CAST(strftime("
                                             "'%H', received_at, '+8 hours') AS INTEGER) = %1")
                                  .arg(hour));
        };
        QVERIFY(atHour(10) > 3 * atHour(12));
        QVERIFY(atHour(15) > 2 * atHour(12));
        QCOMPARE(atHour(7) + atHour(19) + atHour(2), 0);

        // Applicants: ~20% of the people 60 or over (green channel), ~10% with an agent.
        const int persons = scalar(db, QStringLiteral("SELECT count(*) FROM case_file f JOIN "
                                                      "applicant a ON a.identifier = "
                                                      "f.applicant_identifier WHERE a.kind = "
                                                      "'person'"));
        QCOMPARE(report.value().persons, persons);
        const double elderly = double(report.value().elderly) / persons;
        QVERIFY2(elderly > 0.15 && elderly < 0.25, qPrintable(QString::number(elderly)));
        const double agents = double(scalar(db, QStringLiteral("SELECT count(*) FROM case_file "
                                                               "WHERE agent_name IS NOT NULL"))) /
                              total;
        QVERIFY2(agents > 0.06 && agents < 0.14, qPrintable(QString::number(agents)));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM applicant WHERE disabled = 1")) >
                0);
        // People come back (一人一档).
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM applicant")) < total);

        // Popularity: the top item is much more frequent than the tenth; some whole scenes.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM case_item GROUP BY item_code "
                                          "ORDER BY 1 DESC LIMIT 10")));
        QList<int> top;
        while (query.next())
            top.append(query.value(0).toInt());
        QCOMPARE(top.size(), 10);
        QVERIFY(top.first() > 4 * top.last());
        QVERIFY(report.value().scenes > total / 40);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT window_no) FROM case_file")), 12);
        QCOMPARE(scalar(db, QStringLiteral("SELECT min(window_no) FROM case_file")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT max(window_no) FROM case_file")), 12);

        // Ratings: mostly 5 and 4; every 1 or 2 has its rectification, due on the calendar.
        const int ratings = scalar(db, QStringLiteral("SELECT count(*) FROM evaluation"));
        QVERIFY(ratings > total / 2);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM evaluation WHERE score >= 4")) >
                ratings * 0.85);
        const int bad =
            scalar(db, QStringLiteral("SELECT count(*) FROM evaluation WHERE score <= 2"));
        QVERIFY(bad > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM rectification")), bad);
        QVERIFY(query.exec(QStringLiteral("SELECT opened_on, due_date FROM rectification")));
        while (query.next()) {
            const QDate opened = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            QCOMPARE(query.value(1).toString(),
                     m_calendar.dueDate(opened, 5).date.toString(Qt::ISODate));
        }
        // Later events: older cases went on to 办结 / 归档; some were withdrawn; late ones open.
        QVERIFY(report.value().archived > total / 3);
        QVERIFY(report.value().withdrawn > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM case_file WHERE status IN "
                                          "('accepted', 'under_review') AND received_on >= "
                                          "'2025-12-20'")) > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM case_file WHERE generated = 0")),
                 0);
    }

    void everyCasePassesTheValidatorsAndTheLifecycle()
    {
        const auto database = newDatabase();
        QVERIFY(generate(*database, 1500, 120, 99).ok());
        CaseRepository cases(*database);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, status FROM case_file")));
        QList<QPair<QString, QString>> ids;
        while (query.next())
            ids.append({query.value(0).toString(), query.value(1).toString()});
        QCOMPARE(ids.size(), 1500);
        for (const auto& [id, statusKey] : std::as_const(ids)) {
            const Result<Case> loaded = cases.load(id);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            const Case& c = loaded.value();
            const QDate day = c.receivedAt.toLocalTime().date();
            const QString where = c.number;
            QVERIFY2(CaseNumber::parse(c.number) && CaseNumber::parse(c.number)->date == day,
                     qPrintable(where));
            QVERIFY2(m_calendar.isWorkingDay(day), qPrintable(where));
            const Applicant& a = c.applicant;
            if (a.kind == Applicant::Kind::Person) {
                const IdNumberCheck check = IdNumber::check(a.identifier, day);
                QVERIFY2(check.valid && check.normalized == a.identifier, qPrintable(where));
                QCOMPARE(check.birthDate, a.birthDate);
                const int age = IdNumber::ageOn(a.birthDate, day);
                QVERIFY2(age >= 18 && age < 100, qPrintable(where));
                QCOMPARE(c.greenChannel, a.disabled || IdNumber::isElderly(age));
            } else {
                QCOMPARE(CreditCode::check(a.identifier).verdict, CreditCodeCheck::Verdict::Valid);
                QVERIFY(!c.greenChannel);
            }
            const PhoneCheck phone = PhoneNumber::check(a.phone);
            QVERIFY2(phone.valid && phone.normalized == a.phone, qPrintable(a.phone));
            if (c.agent) {
                QVERIFY2(IdNumber::check(c.agent->idNumber, day).valid, qPrintable(where));
                QVERIFY(PhoneNumber::check(c.agent->phone).valid);
                QVERIFY(!c.agent->authorization.isEmpty());
            }
            const Result<CaseStatus> status = CaseLifecycle::statusOf(c.events);
            QVERIFY2(status.ok(), qPrintable(where + u' ' + status.error()));
            QCOMPARE(CaseLifecycle::key(status.value()), statusKey);
            QVERIFY(c.events.last().at <= QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59)));
            // What each decision rests on, as the repository demands of a clerk.
            bool accepted = false;
            for (const CaseEvent& e : c.events)
                accepted = accepted || e.to == CaseStatus::Accepted;
            int missing = 0;
            for (const CaseMaterial& m : c.materials)
                missing += m.required && m.state == CaseMaterial::State::Missing ? 1 : 0;
            if (accepted) {
                QVERIFY2(c.acceptedOn.isValid() && c.dueDate >= c.acceptedOn, qPrintable(where));
                QCOMPARE(missing, 0);
            } else {
                QVERIFY(!c.dueDate.isValid());
            }
            if (c.events.value(1).to == CaseStatus::SupplementRequested && !accepted)
                QVERIFY2(missing > 0, qPrintable(where));
            if (c.events.value(1).to == CaseStatus::Refused)
                QVERIFY(!c.decisionNote.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
