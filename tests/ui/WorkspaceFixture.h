#pragma once

// Loads what the main window shows from a real database made by DatabaseSetup, as onewindow's
// main() does, and a printer that records instead of printing (no printer exists here).
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "PrintableDocument.h"
#include "access/AccountService.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "common/DocumentPrinter.h"
#include "guide/GuideRepository.h"
#include "main/WorkspaceData.h"
#include "search/PinyinData.h"

#include <QTemporaryDir>

namespace ow::test {

inline WorkspaceData loadWorkspace()
{
    QTemporaryDir dir;
    auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("ui.sqlite")),
                                           CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    WorkspaceData data;
    data.databasePath = QStringLiteral("/tmp/ui.sqlite");
    data.catalog = CatalogRepository(database).load().value();
    data.guides = GuideRepository(database).latestAll().value();
    data.dictionary = GuideRepository(database).dictionary().value();
    data.pinyin = PinyinData::load().value();
    data.calendar = CalendarData::load().value();
    return data;
}

// A counter as tests use it: a real database with the hall XC01, window 3, one user per role
// (password Counter2026ok for all), a clock the test moves, and the workspace data.
class CounterFixture
{
public:
    static inline const QString Password = QStringLiteral("Counter2026ok");

    CounterFixture()
    {
        auto prepared = DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("counter.sqlite")),
                                               CatalogSeed::embeddedPath());
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error()));
        database = std::move(prepared.value().database);
        accounts = std::make_unique<AccountService>(*database, clock);
        calendar = CalendarData::load().value();
        cases = std::make_unique<CaseService>(*database, clock, calendar, *accounts);
        const Status setUp = accounts->setUpHall(
            HallSetup{QStringLiteral("XC01"), QStringLiteral("薛城区政务服务中心"), 3, 5},
            QStringLiteral("admin"), QStringLiteral("王管理"), Password);
        if (!setUp)
            qFatal("%s", qPrintable(setUp.error()));
        const Session admin = signIn(QStringLiteral("admin"));
        const QList<QPair<QString, Role>> people = {{QStringLiteral("clerk"), Role::Clerk},
                                                    {QStringLiteral("helper"), Role::Assisted},
                                                    {QStringLiteral("boss"), Role::Supervisor}};
        for (const auto& [name, role] : people) {
            const Status added = accounts->addUser(
                admin, UserAccount{name, name.toUpper(), role, {}, false, true, 0, {}}, Password);
            if (!added)
                qFatal("%s", qPrintable(added.error()));
        }
    }

    Session signIn(const QString& name)
    {
        Result<Session> session = accounts->signIn(name, Password);
        if (!session)
            qFatal("%s", qPrintable(session.error()));
        return session.value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> database;
    ManualClock clock;
    std::unique_ptr<AccountService> accounts;
    WorkCalendar calendar;
    std::unique_ptr<CaseService> cases;
};

class RecordingPrinter : public DocumentPrinter
{
public:
    struct Job
    {
        QString kind;
        QString title;
        QString html;
    };
    QList<Job> jobs;

    void print(const QString& html, const QString& title, QWidget*) override
    {
        jobs.append({QStringLiteral("print"), title, html});
    }
    void preview(const QString& html, const QString& title, QWidget*) override
    {
        jobs.append({QStringLiteral("preview"), title, html});
    }
    void savePdf(const QString& html, const QString& title, QWidget*) override
    {
        jobs.append({QStringLiteral("pdf"), title, html});
    }
    void previewDocument(const PrintableDocument& document, QWidget*) override
    {
        jobs.append({QStringLiteral("document"), document.title, document.html});
    }
};

} // namespace ow::test
