// Pictures of the supervisor's screens for a person to judge (not a test): the dashboard over a
// database's last year, the same in the accessibility mode (200 %, high contrast), and the
// rectifications due or overdue. The database is used as it is (e.g. made by `owctl init` and
// `owctl demo generate`); a hall and a supervisor "boss" are set up when it has none.
//   QT_QPA_PLATFORM=offscreen build/default/tests/ui/dashboard_screens DB OUT_DIR [YYYY-MM-DD]
// (the day the screens are "today", default the last day with cases). Hours are shown in the
// process' time zone (TZ): use the one the cases were written in.
#include "DatabaseSetup.h"
#include "Localization.h"
#include "ManualClock.h"
#include "access/AccountService.h"
#include "accessibility/AccessibilityMode.h"
#include "calendar/CalendarData.h"
#include "catalog/CatalogSeed.h"
#include "dashboard/DashboardView.h"
#include "ratings/RectificationService.h"
#include "ratings/RectificationView.h"
#include "reports/ReportService.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTableWidget>

using namespace ow;

namespace {

void save(QWidget& widget, const QString& path)
{
    QApplication::processEvents();
    // The whole dashboard, not only the part the scroll area shows.
    if (auto* scroll = widget.findChild<QScrollArea*>()) {
        QWidget* content = scroll->widget();
        content->resize(content->sizeHint().expandedTo(scroll->viewport()->size()));
        QApplication::processEvents();
        if (!content->grab().save(path + QStringLiteral("-content.png")))
            qFatal("cannot write %s", qPrintable(path));
    }
    if (!widget.grab().save(path + QStringLiteral(".png")))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("%s.png\n", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        qFatal("usage: dashboard_screens DB OUT_DIR [YYYY-MM-DD]");
    Localization::install(app, QStringLiteral("zh_CN"));
    auto prepared = DatabaseSetup::prepare(args.at(1), CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT center_code, max(received_on) FROM case_file GROUP BY 1 "
                              "ORDER BY count(*) DESC LIMIT 1"));
    if (!query.next())
        qFatal("no cases in %s", qPrintable(args.at(1)));
    const QString center = query.value(0).toString();
    const QDate today = args.size() > 3 ? QDate::fromString(args.at(3), Qt::ISODate)
                                        : QDate::fromString(query.value(1).toString(), Qt::ISODate);
    test::ManualClock clock(QDateTime(today, QTime(7, 0), Qt::UTC));
    AccountService accounts(database, clock);
    const QString password = QStringLiteral("Counter2026ok");
    if (!accounts.signIn(QStringLiteral("boss"), password)) {
        if (const Status s =
                accounts.setUpHall(HallSetup{center, QStringLiteral("示范区政务服务中心"), 3, 30},
                                   QStringLiteral("admin"), QStringLiteral("管理员"), password);
            !s)
            qFatal("%s", qPrintable(s.error()));
        const Session admin = accounts.signIn(QStringLiteral("admin"), password).value();
        if (const Status s = accounts.addUser(admin,
                                              UserAccount{QStringLiteral("boss"),
                                                          QStringLiteral("值班主任老张"),
                                                          Role::Supervisor,
                                                          {},
                                                          false,
                                                          true,
                                                          0,
                                                          {}},
                                              password);
            !s)
            qFatal("%s", qPrintable(s.error()));
    }
    const Session boss = accounts.signIn(QStringLiteral("boss"), password).value();
    const WorkCalendar calendar = CalendarData::load().value();
    const QDir out(args.at(2));
    QDir().mkpath(out.path());

    ReportService reports(database, clock, accounts);
    DashboardView dashboard(reports, boss);
    dashboard.resize(1400, 900);
    dashboard.show();
    if (!dashboard.showScope(ReportScope{QDate(today.year(), 1, 1), today, center, 0, {}}))
        qFatal("the dashboard refused the year");
    save(dashboard, out.filePath(QStringLiteral("dashboard-year")));
    dashboard.showScope(ReportScope::day(today.addDays(-1), center));
    save(dashboard, out.filePath(QStringLiteral("dashboard-day")));

    RectificationService rectifications(database, calendar, clock, accounts);
    RectificationView list(rectifications, boss);
    list.resize(1400, 800);
    list.show();
    list.setFilter(RectificationService::Filter::All);
    if (auto* table = list.findChild<QTableWidget*>(); table && table->rowCount() > 0)
        table->selectRow(0);
    save(list, out.filePath(QStringLiteral("rectifications")));

    QWidget host;
    AccessibilityMode mode(
        accounts, [boss] { return boss; }, &host);
    AccessibilitySettings settings;
    settings.enabled = true;
    settings.scalePercent = AccessibilitySettings::ScaleLargest;
    settings.highContrast = true;
    mode.change(settings);
    dashboard.showScope(ReportScope{QDate(today.year(), 1, 1), today, center, 0, {}});
    save(dashboard, out.filePath(QStringLiteral("dashboard-year-accessible")));
    save(list, out.filePath(QStringLiteral("rectifications-accessible")));
    return 0;
}
