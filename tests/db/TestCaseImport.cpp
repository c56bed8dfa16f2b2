// Cases in and out of a real database file as `owctl case export` / `case import` move them:
// export → import into a fresh database → export again gives the same bytes; a case already
// there is skipped; a clash of numbers or ids, anywhere in a batch, stores nothing and leaves the
// file byte for byte as it was; numbering goes on after imported cases.
#include "Database.h"
#include "FileFingerprint.h"
#include "ManualClock.h"
#include "audit/AuditLog.h"
#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "migrations/Migrator.h"
#include "validation/IdNumber.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QString residentId(const QString& first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

const QString ApplicantId = residentId(QStringLiteral("37040219850312123"));
const QString ElderId = residentId(QStringLiteral("37040219500101123"));
const QString AgentId = residentId(QStringLiteral("37040319900101456"));
const QString CreditCodeText = QStringLiteral("91350100M000100Y43");
const QDate Day1(2026, 11, 30);
const QDate Day2(2026, 12, 1);

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)); // local time: the hall's day
}

CaseMaterial material(const QString& key, CaseMaterial::State state)
{
    CaseMaterial m;
    m.key = key;
    m.name =
        key == QLatin1String("id_card") ? QStringLiteral("居民身份证") : QStringLiteral("户口簿");
    m.form = MaterialForm::Copy;
    m.itemCodes = {QStringLiteral("P001")};
    m.state = state;
    return m;
}

Case draft(int window, const QDateTime& receivedAt, const QString& identifier = ApplicantId)
{
    Case c;
    c.centerCode = QStringLiteral("XC01");
    c.window = window;
    c.clerk = QStringLiteral("clerk.li");
    c.receivedAt = receivedAt;
    c.applicant.name = QStringLiteral("张三");
    c.applicant.identifier = identifier;
    c.applicant.phone = QStringLiteral("13812345678");
    c.applicant.birthDate = IdNumber::check(identifier, Day1).birthDate;
    c.itemCodes = {QStringLiteral("P001"), QStringLiteral("P002")};
    c.materials = {material(QStringLiteral("id_card"), CaseMaterial::State::Received),
                   material(QStringLiteral("household_register"), CaseMaterial::State::Missing)};
    c.events = {CaseEvent{CaseStatus::Received, receivedAt, c.clerk, {}}};
    return c;
}

// One open database with its audit log and repository.
struct Hall
{
    std::unique_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<CaseRepository> cases;
};

} // namespace

class TestCaseImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ManualClock m_clock{QDateTime(Day2, QTime(10, 0), Qt::UTC)};
    int m_counter = 0;

    Hall open(const QString& path)
    {
        Hall hall;
        auto opened = Database::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        hall.database = std::move(opened.value());
        if (const Status migrated = Migrator::migrate(*hall.database); !migrated)
            qFatal("%s", qPrintable(migrated.error()));
        hall.audit = std::make_unique<AuditLog>(*hall.database, m_clock, QStringLiteral("XC01"),
                                                QStringLiteral("3"));
        hall.cases = std::make_unique<CaseRepository>(*hall.database);
        return hall;
    }

    QString newPath() { return m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_counter)); }

    // A hall's history: accepted with an agent, a supplement then acceptance, a refusal, a case
    // only received, an enterprise, on two days and three windows.
    void fill(Hall& hall)
    {
        CaseRepository& cases = *hall.cases;
        AuditLog& audit = *hall.audit;
        Case first = draft(3, at(Day1, 7, 59)); // 23:59 UTC the day before
        first.agent =
            Agent{QStringLiteral("李四"), AgentId, QString(), QStringLiteral("授权委托书")};
        Result<Case> created = cases.create(first, audit);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QList<CaseMaterial> checked = created.value().materials;
        checked[1].state = CaseMaterial::State::Received;
        checked[1].pages = 2;
        checked[1].scans = {QString(64, u'c')};
        QVERIFY(
            cases
                .recordDecision(created.value().id,
                                {CaseStatus::Accepted, at(Day1, 8), QStringLiteral("clerk.li"), {}},
                                checked, Day1, QDate(2026, 12, 7), false, QStringLiteral("2026.1"),
                                QString(), audit)
                .ok());
        QVERIFY(cases
                    .appendEvent(created.value().id,
                                 {CaseStatus::UnderReview, at(Day2, 9), QStringLiteral("boss"), {}},
                                 audit, QStringLiteral("case_reviewed"))
                    .ok());

        Case second = draft(3, at(Day1, 10), ElderId);
        second.greenChannel = true;
        created = cases.create(second, audit);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(cases
                    .recordDecision(created.value().id,
                                    {CaseStatus::SupplementRequested,
                                     at(Day1, 10, 5),
                                     QStringLiteral("clerk.li"),
                                     {}},
                                    created.value().materials, {}, {}, false, {},
                                    QStringLiteral("请补充户口簿"), audit)
                    .ok());

        Case third = draft(5, at(Day1, 11));
        third.clerk = QStringLiteral("clerk.wang");
        created = cases.create(third, audit);
        QVERIFY(created.ok());
        QVERIFY(cases
                    .recordDecision(created.value().id,
                                    {CaseStatus::Refused, at(Day1, 11, 30),
                                     QStringLiteral("clerk.wang"), QStringLiteral("不属于本中心")},
                                    created.value().materials, {}, {}, false, {},
                                    QStringLiteral("不属于本中心受理范围"), audit)
                    .ok());

        Case company = draft(5, at(Day2, 9));
        company.applicant = Applicant{};
        company.applicant.kind = Applicant::Kind::Enterprise;
        company.applicant.name = QStringLiteral("薛城区某某商贸有限公司");
        company.applicant.identifier = CreditCodeText;
        company.applicant.legalRepresentative = QStringLiteral("王五");
        company.itemCodes = {QStringLiteral("E001")};
        QVERIFY(cases.create(company, audit).ok());

        QVERIFY(cases.create(draft(4, at(Day2, 15)), audit).ok());
    }

    QByteArray exported(Hall& hall, const QDate& from = {}, const QDate& to = {})
    {
        const Result<QList<Case>> cases = hall.cases->casesReceived(from, to);
        if (!cases)
            qFatal("%s", qPrintable(cases.error()));
        return CaseJson::write(cases.value());
    }

    QList<Case> read(const QByteArray& bytes)
    {
        const Result<QList<Case>> cases = CaseJson::read(bytes);
        if (!cases)
            qFatal("%s", qPrintable(cases.error()));
        return cases.value();
    }

private slots:
    void initTestCase()
    {
        // The hall's clock: a case's day is its local date, which is not the UTC date at 7:59.
        qputenv("TZ", "CST-8");
        QCOMPARE(at(Day1, 7, 59).toUTC().date(), Day1.addDays(-1));
    }

    void exportImportExportGivesTheSameBytes()
    {
        Hall source = open(newPath());
        fill(source);
        const QByteArray first = exported(source);
        QCOMPARE(read(first).size(), 5);

        Hall target = open(newPath());
        const auto counts =
            target.cases->importCases(read(first), *target.audit, QStringLiteral("boss"));
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(counts.value().imported, 5);
        QCOMPARE(counts.value().skipped, 0);
        QCOMPARE(exported(target), first);

        // Each case as it was, down to its number and the archive behind it.
        for (const Case& c : read(first)) {
            const Result<Case> loaded = target.cases->load(c.id);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            QVERIFY(loaded.value() == c);
        }
        QCOMPARE(target.cases->archive(ApplicantId).value().size(), 3);
        // One audit record per imported case.
        int imported = 0;
        for (const AuditRecord& record : target.audit->list().value())
            imported += record.action == QLatin1String("case_imported") ? 1 : 0;
        QCOMPARE(imported, 5);
        QVERIFY(target.audit->verify().value().ok);
    }

    void importingTheSameCasesAgainChangesNothing()
    {
        Hall source = open(newPath());
        fill(source);
        const QList<Case> cases = read(exported(source));
        Hall target = open(newPath());
        QVERIFY(
            target.cases->importCases(cases.mid(0, 2), *target.audit, QStringLiteral("boss")).ok());
        const auto again = target.cases->importCases(cases, *target.audit, QStringLiteral("boss"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value().imported, 3);
        QCOMPARE(again.value().skipped, 2);
        const auto third = target.cases->importCases(cases, *target.audit, QStringLiteral("boss"));
        QCOMPARE(third.value().imported, 0);
        QCOMPARE(third.value().skipped, 5);
        QCOMPARE(target.cases->count().value(), 5);
        QCOMPARE(exported(target), exported(source));
    }

    void theExportTakesTheDaysAsked()
    {
        Hall source = open(newPath());
        fill(source);
        QCOMPARE(read(exported(source, Day1, Day1)).size(), 3);
        QCOMPARE(read(exported(source, Day2, {})).size(), 2);
        QCOMPARE(read(exported(source, {}, Day1)).size(), 3);
        QCOMPARE(read(exported(source, Day2.addDays(1), {})).size(), 0);
        // In day, window and number order.
        const QList<Case> all = read(exported(source));
        QCOMPARE(all.at(0).number, QStringLiteral("XC01-03-20261130-0001"));
        QCOMPARE(all.at(1).number, QStringLiteral("XC01-03-20261130-0002"));
        QCOMPARE(all.at(2).number, QStringLiteral("XC01-05-20261130-0001"));
        QCOMPARE(all.at(3).number, QStringLiteral("XC01-04-20261201-0001"));
    }

    void newCasesAreNumberedAfterImportedOnes()
    {
        Case imported = draft(3, at(Day1, 9));
        imported.id = QStringLiteral("3f2a6857-1632-4770-8614-b9c0d1e2f3a4");
        imported.number = QStringLiteral("XC01-03-20261130-0007");
        Hall hall = open(newPath());
        const auto outcome = hall.cases->importCase(imported, *hall.audit, QStringLiteral("boss"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        const Result<Case> next = hall.cases->create(draft(3, at(Day1, 12)), *hall.audit);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next.value().number, QStringLiteral("XC01-03-20261130-0008"));
    }

    void clashesStoreNothing_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number of another case")
            << QStringLiteral("number") << QStringLiteral("already belongs to another case");
        QTest::newRow("id under another number")
            << QStringLiteral("id") << QStringLiteral("is already stored under the number");
        QTest::newRow("applicant of another kind")
            << QStringLiteral("kind") << QStringLiteral("as another kind of applicant");
    }

    void clashesStoreNothing()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const QString path = newPath();
        QList<Case> present;
        {
            Hall hall = open(path);
            fill(hall);
            present = read(exported(hall));
        }
        // A batch: a new case that would be fine, then the clash.
        Case fine = present.at(0);
        fine.id = QStringLiteral("0b7e4d2c-9a51-4f63-8e2d-1c3b5a7f9e01");
        fine.number = QStringLiteral("XC01-03-20261130-0099");
        Case clash = present.at(1);
        if (change == QLatin1String("number")) {
            clash.id = QStringLiteral("0b7e4d2c-9a51-4f63-8e2d-1c3b5a7f9e02");
        } else if (change == QLatin1String("id")) {
            clash.number = QStringLiteral("XC01-03-20261130-0098");
        } else {
            clash.id = QStringLiteral("0b7e4d2c-9a51-4f63-8e2d-1c3b5a7f9e03");
            clash.number = QStringLiteral("XC01-03-20261130-0097");
            // A person's resident ID given as an enterprise's code (its digits pass as one).
            clash.applicant.kind = Applicant::Kind::Enterprise;
            clash.applicant.birthDate = QDate();
        }
        const QByteArray before = test::fingerprint(path);
        {
            Hall hall = open(path);
            const auto counts =
                hall.cases->importCases({fine, clash}, *hall.audit, QStringLiteral("boss"));
            QVERIFY(!counts.ok());
            QVERIFY2(counts.error().startsWith(QStringLiteral("cases[1] (%1): ").arg(clash.number)),
                     qPrintable(counts.error()));
            QVERIFY2(counts.error().contains(expected), qPrintable(counts.error()));
        }
        QCOMPARE(test::fingerprint(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCaseImport)
#include "TestCaseImport.moc"
