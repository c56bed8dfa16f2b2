#include "calendar/CalendarData.h"
#include "calendar/WorkCalendar.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace ow;

namespace {

using DayKind = WorkCalendar::DayKind;

// The State Council's notices (国务院办公厅关于…部分节假日安排的通知), transcribed here by hand
// and independently of db/seed/calendar/holidays.json: per item, the first and last day off and
// the make-up workdays (all on a Saturday or Sunday).
struct Item
{
    const char* name;
    const char* first;
    const char* last;
    QList<const char*> workdays;
};

struct Notice
{
    int year;
    const char* number;
    QList<Item> items;
};

const QList<Notice>& notices()
{
    static const QList<Notice> list = {
        {2021,
         "国办发明电〔2020〕27号",
         {{"元旦", "2021-01-01", "2021-01-03", {}},
          {"春节", "2021-02-11", "2021-02-17", {"2021-02-07", "2021-02-20"}},
          {"清明节", "2021-04-03", "2021-04-05", {}},
          {"劳动节", "2021-05-01", "2021-05-05", {"2021-04-25", "2021-05-08"}},
          {"端午节", "2021-06-12", "2021-06-14", {}},
          {"中秋节", "2021-09-19", "2021-09-21", {"2021-09-18"}},
          {"国庆节", "2021-10-01", "2021-10-07", {"2021-09-26", "2021-10-09"}}}},
        {2022,
         "国办发明电〔2021〕11号",
         {{"元旦", "2022-01-01", "2022-01-03", {}},
          {"春节", "2022-01-31", "2022-02-06", {"2022-01-29", "2022-01-30"}},
          {"清明节", "2022-04-03", "2022-04-05", {"2022-04-02"}},
          {"劳动节", "2022-04-30", "2022-05-04", {"2022-04-24", "2022-05-07"}},
          {"端午节", "2022-06-03", "2022-06-05", {}},
          {"中秋节", "2022-09-10", "2022-09-12", {}},
          {"国庆节", "2022-10-01", "2022-10-07", {"2022-10-08", "2022-10-09"}}}},
        // 元旦 2023 begins on Saturday 2022-12-31: the data keeps that day in 2022.
        {2023,
         "国办发明电〔2022〕16号",
         {{"元旦", "2022-12-31", "2023-01-02", {}},
          {"春节", "2023-01-21", "2023-01-27", {"2023-01-28", "2023-01-29"}},
          {"清明节", "2023-04-05", "2023-04-05", {}},
          {"劳动节", "2023-04-29", "2023-05-03", {"2023-04-23", "2023-05-06"}},
          {"端午节", "2023-06-22", "2023-06-24", {"2023-06-25"}},
          {"中秋节、国庆节", "2023-09-29", "2023-10-06", {"2023-10-07", "2023-10-08"}}}},
        {2024,
         "国办发明电〔2023〕7号",
         {{"元旦", "2024-01-01", "2024-01-01", {}},
          {"春节", "2024-02-10", "2024-02-17", {"2024-02-04", "2024-02-18"}},
          {"清明节", "2024-04-04", "2024-04-06", {"2024-04-07"}},
          {"劳动节", "2024-05-01", "2024-05-05", {"2024-04-28", "2024-05-11"}},
          {"端午节", "2024-06-10", "2024-06-10", {}},
          {"中秋节", "2024-09-15", "2024-09-17", {"2024-09-14"}},
          {"国庆节", "2024-10-01", "2024-10-07", {"2024-09-29", "2024-10-12"}}}},
        {2025,
         "国办发明电〔2024〕12号",
         {{"元旦", "2025-01-01", "2025-01-01", {}},
          {"春节", "2025-01-28", "2025-02-04", {"2025-01-26", "2025-02-08"}},
          {"清明节", "2025-04-04", "2025-04-06", {}},
          {"劳动节", "2025-05-01", "2025-05-05", {"2025-04-27"}},
          {"端午节", "2025-05-31", "2025-06-02", {}},
          {"国庆节、中秋节", "2025-10-01", "2025-10-08", {"2025-09-28", "2025-10-11"}}}},
        {2026,
         "国办发明电〔2025〕7号",
         {{"元旦", "2026-01-01", "2026-01-03", {"2026-01-04"}},
          {"春节", "2026-02-15", "2026-02-23", {"2026-02-14", "2026-02-28"}},
          {"清明节", "2026-04-04", "2026-04-06", {}},
          {"劳动节", "2026-05-01", "2026-05-05", {"2026-05-09"}},
          {"端午节", "2026-06-19", "2026-06-21", {}},
          {"中秋节", "2026-09-25", "2026-09-27", {}},
          {"国庆节", "2026-10-01", "2026-10-07", {"2026-09-20", "2026-10-10"}}}},
    };
    return list;
}

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

const WorkCalendar& embedded()
{
    static const WorkCalendar calendar = [] {
        Result<WorkCalendar> loaded = CalendarData::load();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return calendar;
}

// A calendar document with one year, 2025, holding the given groups.
QByteArray document(const QString& holidays, const QString& workdays,
                    const QString& version = QStringLiteral("\"2025-1\""))
{
    return QStringLiteral(R"({"source":"test","licence":"test","years":[{"year":2025,)"
                          R"("version":%1,"notice":"test","holidays":%2,"workdays":%3}]})")
        .arg(version, holidays, workdays)
        .toUtf8();
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The refusal messages name a weekday in the default locale's language.
        QLocale::setDefault(QLocale::c());
    }

    void embeddedDataCoversTheNotices()
    {
        const WorkCalendar& calendar = embedded();
        QCOMPARE(calendar.publishedYears(), QList<int>({2021, 2022, 2023, 2024, 2025, 2026}));
        QVERIFY(!calendar.isPublished(2020));
        QVERIFY(!calendar.isPublished(2027));
        QVERIFY(calendar.isPublished(2024));
        QCOMPARE(calendar.versionFor(2025), QStringLiteral("2025-1"));
        QCOMPARE(calendar.versionFor(2027), QString());
        for (const Notice& notice : notices()) {
            QVERIFY2(!calendar.versionFor(notice.year).isEmpty(), notice.number);
            QCOMPARE(calendar.noticeFor(notice.year), QString::fromUtf8(notice.number));
        }
        QVERIFY(calendar.source().contains(QStringLiteral("chinese-days")));
        QVERIFY(calendar.licence().startsWith(QStringLiteral("MIT")));
    }

    // Every day of 2021–2026 is what the notices make it: each day off a holiday of its item,
    // each make-up workday a workday, every other day Monday to Friday worked.
    void everyDayMatchesTheNotices()
    {
        QHash<QDate, QString> off;
        QHash<QDate, QString> worked;
        for (const Notice& notice : notices()) {
            for (const Item& item : notice.items) {
                for (QDate day = date(item.first); day <= date(item.last); day = day.addDays(1))
                    off.insert(day, QString::fromUtf8(item.name));
                for (const char* workday : item.workdays)
                    worked.insert(date(workday),
                                  QString::fromUtf8(item.name) + QStringLiteral("调休"));
            }
        }
        QCOMPARE(off.size(), 31 + 31 + 27 + 28 + 28 + 33); // 2022-12-31 counted with 2023
        QCOMPARE(worked.size(), 7 + 7 + 7 + 8 + 5 + 6);
        const WorkCalendar& calendar = embedded();
        for (QDate day(2021, 1, 1); day <= QDate(2026, 12, 31); day = day.addDays(1)) {
            const WorkCalendar::Day found = calendar.day(day);
            const QString what = day.toString(Qt::ISODate);
            QVERIFY2(!found.provisional, qPrintable(what));
            if (off.contains(day)) {
                QVERIFY2(found.kind == DayKind::Holiday, qPrintable(what));
                QCOMPARE(found.name, off.value(day));
                QVERIFY2(!calendar.isWorkingDay(day), qPrintable(what));
            } else if (worked.contains(day)) {
                QVERIFY2(day.dayOfWeek() >= Qt::Saturday, qPrintable(what));
                QVERIFY2(found.kind == DayKind::MakeUpWorkday, qPrintable(what));
                QCOMPARE(found.name, worked.value(day));
                QVERIFY2(calendar.isWorkingDay(day), qPrintable(what));
            } else {
                const bool weekend = day.dayOfWeek() >= Qt::Saturday;
                QVERIFY2(found.kind == (weekend ? DayKind::Weekend : DayKind::Workday),
                         qPrintable(what));
                QVERIFY2(found.name.isEmpty(), qPrintable(what));
                QCOMPARE(calendar.isWorkingDay(day), !weekend);
            }
        }
    }

    void knownDays_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("provisional");
        QTest::newRow("2024-02-04 Sunday made up")
            << QDate(2024, 2, 4) << true << QStringLiteral("春节调休") << false;
        QTest::newRow("2024-02-18 Sunday made up")
            << QDate(2024, 2, 18) << true << QStringLiteral("春节调休") << false;
        QTest::newRow("2024-02-10 Saturday in 春节")
            << QDate(2024, 2, 10) << false << QStringLiteral("春节") << false;
        QTest::newRow("2024-02-19 Monday after 春节")
            << QDate(2024, 2, 19) << true << QString() << false;
        QTest::newRow("2024-10-01 国庆节")
            << QDate(2024, 10, 1) << false << QStringLiteral("国庆节") << false;
        QTest::newRow("2024-10-07 国庆节 last day")
            << QDate(2024, 10, 7) << false << QStringLiteral("国庆节") << false;
        QTest::newRow("2024-10-08 Tuesday after")
            << QDate(2024, 10, 8) << true << QString() << false;
        QTest::newRow("2025-01-26 Sunday made up")
            << QDate(2025, 1, 26) << true << QStringLiteral("春节调休") << false;
        QTest::newRow("2025-02-04 春节 last day")
            << QDate(2025, 2, 4) << false << QStringLiteral("春节") << false;
        QTest::newRow("2025-05-05 Monday in 劳动节")
            << QDate(2025, 5, 5) << false << QStringLiteral("劳动节") << false;
        QTest::newRow("2025-10-08 Wednesday in 国庆节")
            << QDate(2025, 10, 8) << false << QStringLiteral("国庆节、中秋节") << false;
        QTest::newRow("2025-03-01 plain Saturday")
            << QDate(2025, 3, 1) << false << QString() << false;
        QTest::newRow("2026-01-04 Sunday made up")
            << QDate(2026, 1, 4) << true << QStringLiteral("元旦调休") << false;
        QTest::newRow("2026-02-23 Monday in 春节")
            << QDate(2026, 2, 23) << false << QStringLiteral("春节") << false;
        // Unpublished years: Monday to Friday, nothing more is known.
        QTest::newRow("2027-01-01 Friday, 2027 unpublished")
            << QDate(2027, 1, 1) << true << QString() << true;
        QTest::newRow("2027-01-02 Saturday, 2027 unpublished")
            << QDate(2027, 1, 2) << false << QString() << true;
        QTest::newRow("2020-10-01 Thursday, 2020 not in the data")
            << QDate(2020, 10, 1) << true << QString() << true;
    }

    void knownDays()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QFETCH(QString, name);
        QFETCH(bool, provisional);
        const WorkCalendar& calendar = embedded();
        QCOMPARE(calendar.isWorkingDay(day), working);
        QCOMPARE(calendar.day(day).name, name);
        QCOMPARE(calendar.day(day).provisional, provisional);
        QCOMPARE(calendar.isPublished(day.year()), !provisional);
    }

    void emptyCalendarCountsWeekendsOnly()
    {
        const WorkCalendar calendar;
        QVERIFY(calendar.isWorkingDay(QDate(2025, 10, 1))); // 国庆节, but nothing is published
        QVERIFY(!calendar.isWorkingDay(QDate(2024, 2, 4))); // Sunday, no make-up day known
        QVERIFY(!calendar.isWorkingDay(QDate()));
        const WorkCalendar::DueDate due = calendar.dueDate(QDate(2025, 9, 30), 5);
        QCOMPARE(due.date, QDate(2025, 10, 7)); // Oct 1, 2, 3, (4, 5 weekend), 6, 7
        QVERIFY(due.provisional);
        QCOMPARE(due.calendarVersion, QString());
    }

    void dueDates_data()
    {
        QTest::addColumn<QDate>("accepted");
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<bool>("provisional");
        QTest::addColumn<QString>("version");
        const QString v2025 = QStringLiteral("2025-1");
        // Tue 09-30; 10-01..08 off; Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 made up (3),
        // Sun 10-12 off, Mon 10-13 (4), Tue 10-14 (5).
        QTest::newRow("国庆 2025 from Tuesday 09-30, 5 days")
            << QDate(2025, 9, 30) << 5 << QDate(2025, 10, 14) << false << v2025;
        // Fri 09-26; Sat 09-27 off, Sun 09-28 made up (1), Mon 09-29 (2), Tue 09-30 (3),
        // 10-01..08 off, Thu 10-09 (4), Fri 10-10 (5), Sat 10-11 made up (6), Sun 10-12 off,
        // Mon 10-13 (7), Tue 10-14 (8), Wed 10-15 (9), Thu 10-16 (10).
        QTest::newRow("国庆 2025 from Friday 09-26, 10 days")
            << QDate(2025, 9, 26) << 10 << QDate(2025, 10, 16) << false << v2025;
        // Fri 01-24; Sat 01-25 off, Sun 01-26 made up (1), Mon 01-27 (2), 01-28..02-04 off,
        // Wed 02-05 (3).
        QTest::newRow("春节 2025 from Friday 01-24, 3 days")
            << QDate(2025, 1, 24) << 3 << QDate(2025, 2, 5) << false << v2025;
        // Thu 02-08; Fri 02-09 (1), 02-10..17 off, Sun 02-18 made up (2).
        QTest::newRow("春节 2024 from Thursday 02-08, 2 days")
            << QDate(2024, 2, 8) << 2 << QDate(2024, 2, 18) << false << QStringLiteral("2024-1");
        // Fri 09-27; Sat 09-28 off, Sun 09-29 made up (1), Mon 09-30 (2).
        QTest::newRow("国庆 2024 from Friday 09-27, 2 days")
            << QDate(2024, 9, 27) << 2 << QDate(2024, 9, 30) << false << QStringLiteral("2024-1");
        // Fri 03-07; Sat, Sun off, Mon 03-10 (1).
        QTest::newRow("Friday, 1 day")
            << QDate(2025, 3, 7) << 1 << QDate(2025, 3, 10) << false << v2025;
        QTest::newRow("Friday, 5 days")
            << QDate(2025, 3, 7) << 5 << QDate(2025, 3, 14) << false << v2025;
        // Accepted on a holiday (Fri 10-03): 10-04..08 off, Thu 10-09 (1).
        QTest::newRow("accepted on 国庆 holiday")
            << QDate(2025, 10, 3) << 1 << QDate(2025, 10, 9) << false << v2025;
        // Accepted on a make-up Saturday 10-11: Sun 10-12 off, Mon 10-13 (1).
        QTest::newRow("accepted on make-up Saturday")
            << QDate(2025, 10, 11) << 1 << QDate(2025, 10, 13) << false << v2025;
        // Accepted on a make-up Sunday 2024-02-04: Mon 02-05 (1).
        QTest::newRow("accepted on make-up Sunday")
            << QDate(2024, 2, 4) << 1 << QDate(2024, 2, 5) << false << QStringLiteral("2024-1");
        QTest::newRow("即办 on a holiday")
            << QDate(2025, 10, 3) << 0 << QDate(2025, 10, 3) << false << QString();
        QTest::newRow("即办 in an unpublished year")
            << QDate(2027, 3, 1) << 0 << QDate(2027, 3, 1) << false << QString();
        // Wed 2025-12-31; 2026-01-01..03 off, Sun 01-04 made up (1): only 2026 was counted.
        QTest::newRow("into 2026, 1 day")
            << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4) << false << QStringLiteral("2026-1");
        // Tue 2025-12-30; Wed 12-31 (1), 2026-01-01..03 off, Sun 01-04 made up (2).
        QTest::newRow("into 2026, 2 days") << QDate(2025, 12, 30) << 2 << QDate(2026, 1, 4) << false
                                           << QStringLiteral("2025-1+2026-1");
        // Wed 2026-12-30; Thu 12-31 (1); 2027 unpublished: Fri 01-01 (2), Sat, Sun off,
        // Mon 01-04 (3).
        QTest::newRow("into unpublished 2027")
            << QDate(2026, 12, 30) << 3 << QDate(2027, 1, 4) << true << QStringLiteral("2026-1");
        // Thu 2026-12-31 is published, and counting stops there.
        QTest::newRow("up to the last published day")
            << QDate(2026, 12, 30) << 1 << QDate(2026, 12, 31) << false << QStringLiteral("2026-1");
        // Mon 2027-03-01; Tue (1) … Fri 03-05 (4), Mon 03-08 (5): no published year at all.
        QTest::newRow("inside unpublished 2027")
            << QDate(2027, 3, 1) << 5 << QDate(2027, 3, 8) << true << QString();
        // Wed 2020-12-30; Thu 12-31 (1, 2020 is not in the data), 2021-01-01..03 off,
        // Mon 01-04 (2).
        QTest::newRow("from unpublished 2020 into 2021")
            << QDate(2020, 12, 30) << 2 << QDate(2021, 1, 4) << true << QStringLiteral("2021-1");
    }

    void dueDates()
    {
        QFETCH(QDate, accepted);
        QFETCH(int, workingDays);
        QFETCH(QDate, expected);
        QFETCH(bool, provisional);
        QFETCH(QString, version);
        const WorkCalendar::DueDate due = embedded().dueDate(accepted, workingDays);
        QCOMPARE(due.date, expected);
        QCOMPARE(due.provisional, provisional);
        QCOMPARE(due.calendarVersion, version);
    }

    void dueDateOfNothing()
    {
        QVERIFY(embedded().dueDate(QDate(2025, 1, 2), -1).date.isNull());
        QVERIFY(embedded().dueDate(QDate(), 3).date.isNull());
    }

    void readsAValidDocument()
    {
        const Result<WorkCalendar> calendar = WorkCalendar::fromJson(
            document(QStringLiteral(R"([{"name":"国庆节","days":["2025-10-01","2025-10-02"]}])"),
                     QStringLiteral(R"([{"name":"国庆节调休","days":["2025-10-11"]}])")),
            QStringLiteral("test.json"));
        QVERIFY2(calendar.ok(), qPrintable(calendar.error()));
        QVERIFY(calendar.value().isPublished(2025));
        QVERIFY(!calendar.value().isPublished(2024));
        QCOMPARE(calendar.value().versionFor(2025), QStringLiteral("2025-1"));
        QVERIFY(!calendar.value().isWorkingDay(QDate(2025, 10, 2)));
        QVERIFY(calendar.value().isWorkingDay(QDate(2025, 10, 3))); // not listed: a Friday
        QVERIFY(calendar.value().isWorkingDay(QDate(2025, 10, 11)));
        QCOMPARE(calendar.value().day(QDate(2025, 10, 1)).name, QStringLiteral("国庆节"));
    }

    void refusesBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QString none = QStringLiteral("[]");
        QTest::newRow("day both off and worked")
            << document(QStringLiteral(R"([{"name":"国庆节","days":["2025-10-11"]}])"),
                        QStringLiteral(R"([{"name":"国庆节调休","days":["2025-10-11"]}])"))
            << QStringLiteral("test.json: year 2025: 2025-10-11 is both a holiday (国庆节) and a "
                              "make-up workday (国庆节调休)");
        QTest::newRow("make-up workday on a weekday")
            << document(none, QStringLiteral(R"([{"name":"国庆节调休","days":["2025-10-10"]}])"))
            << QStringLiteral("test.json: year 2025: make-up workday 2025-10-10 is a Friday; "
                              "make-up workdays fall on a Saturday or Sunday");
        QTest::newRow("malformed date")
            << document(QStringLiteral(R"([{"name":"元旦","days":["2025-1-1"]}])"), none)
            << QStringLiteral("test.json: year 2025: \"2025-1-1\" is not a date in the form "
                              "YYYY-MM-DD");
        QTest::newRow("date not text")
            << document(QStringLiteral(R"([{"name":"元旦","days":[20250101]}])"), none)
            << QStringLiteral("test.json: year 2025: \"(not text)\" is not a date in the form "
                              "YYYY-MM-DD");
        QTest::newRow("no such day")
            << document(QStringLiteral(R"([{"name":"春节","days":["2025-02-30"]}])"), none)
            << QStringLiteral("test.json: year 2025: 2025-02-30 is not a real date");
        QTest::newRow("day outside its year")
            << document(QStringLiteral(R"([{"name":"元旦","days":["2024-12-31"]}])"), none)
            << QStringLiteral("test.json: year 2025: 2024-12-31 lies outside the year 2025");
        QTest::newRow("day listed twice")
            << document(QStringLiteral(R"([{"name":"元旦","days":["2025-01-01"]},)"
                                       R"({"name":"元旦","days":["2025-01-01"]}])"),
                        none)
            << QStringLiteral("test.json: year 2025: 2025-01-01 is listed twice");
        QTest::newRow("empty version")
            << document(none, none, QStringLiteral("\" \""))
            << QStringLiteral("test.json: year 2025: field \"version\" is missing or empty");
        QTest::newRow("no version")
            << document(none, none, QStringLiteral("null"))
            << QStringLiteral("test.json: year 2025: field \"version\" is missing or empty");
        QTest::newRow("group without a name")
            << document(QStringLiteral(R"([{"days":["2025-01-01"]}])"), none)
            << QStringLiteral("test.json: year 2025 holidays #1: field \"name\" is missing or "
                              "empty");
        QTest::newRow("group without days")
            << document(none, QStringLiteral(R"([{"name":"春节调休","days":[]}])"))
            << QStringLiteral("test.json: year 2025 workdays #1: 春节调休 lists no days");
        QTest::newRow("year listed twice")
            << QByteArray(R"({"source":"s","licence":"l","years":[)"
                          R"({"year":2025,"version":"a","notice":"n","holidays":[],"workdays":[]},)"
                          R"({"year":2025,"version":"b","notice":"n","holidays":[],"workdays":[]})"
                          R"(]})")
            << QStringLiteral("test.json: year 2025: the year is listed twice");
        QTest::newRow("year not a number")
            << QByteArray(R"({"source":"s","licence":"l","years":[{"year":"2025"}]})")
            << QStringLiteral("test.json: years #1: field \"year\" is missing or not a year from "
                              "1 to 9999");
        QTest::newRow("no years")
            << QByteArray(R"({"source":"s","licence":"l"})")
            << QStringLiteral("test.json: calendar: field \"years\" is missing or not a list");
        QTest::newRow("no source")
            << QByteArray(R"({"licence":"l","years":[]})")
            << QStringLiteral("test.json: calendar: field \"source\" is missing or empty");
        QTest::newRow("not an object")
            << QByteArray("[]") << QStringLiteral("test.json: the calendar must be a JSON object");
    }

    void refusesBadDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<WorkCalendar> calendar =
            WorkCalendar::fromJson(json, QStringLiteral("test.json"));
        QVERIFY(!calendar.ok());
        QCOMPARE(calendar.error(), message);
    }

    void refusesBrokenJson()
    {
        const Result<WorkCalendar> calendar =
            WorkCalendar::fromJson("{\"years\": [", QStringLiteral("test.json"));
        QVERIFY(!calendar.ok());
        QVERIFY2(calendar.error().startsWith(QStringLiteral("test.json: not valid JSON at byte")),
                 qPrintable(calendar.error()));
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "TestWorkCalendar.moc"
