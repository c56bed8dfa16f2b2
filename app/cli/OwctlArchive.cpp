// owctl case archive: a case's electronic archive (归档, 全程电子化) — one PDF and its manifest.
#include "Owctl.h"

#include "CaseArchive.h"
#include "Database.h"
#include "Localization.h"
#include "access/AccountService.h"
#include "access/UserRepository.h"
#include "calendar/CalendarData.h"
#include "cases/CaseNumber.h"
#include "cases/CaseService.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "files/SecureFileStore.h"
#include "guide/GuideRepository.h"
#include "scans/ScanService.h"

#include <QTranslator>

namespace ow {

int Owctl::caseArchive(const QStringList& words)
{
    const QString number = words.value(0);
    if (number.isEmpty() || number.startsWith(u'-'))
        return usageError(tr("case archive needs a case number, e.g. XC01-03-20261130-0007"));
    if (!CaseNumber::parse(number))
        return usageError(tr("'%1' is not a case number (centre-window-date-sequence, e.g. "
                             "XC01-03-20261130-0007)")
                              .arg(number));
    QString folder;
    bool force = false;
    for (int i = 1; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if ((word == QLatin1String("-o") || word == QLatin1String("--output")) &&
            i + 1 < words.size())
            folder = words.at(++i);
        else if (word == QLatin1String("--force"))
            force = true;
        else
            return usageError(tr("case archive: unknown argument '%1'").arg(word));
    }
    if (folder.isEmpty())
        return usageError(tr("case archive needs -o DIR"));

    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const std::optional<Session> session =
        authorize(*database, Action::ViewApplicantArchive, exitCode);
    if (!session)
        return exitCode;
    auto files = ScanService::openFileStore(database->path());
    if (!files)
        return failure(files.error());
    const SystemClock clock;
    AccountService accounts(*database, clock);
    ScanService scans(*database, *files.value(), clock, accounts);
    // Reading the case and its scans is audited (case_archive_read) before anything is read.
    Result<CaseArchiveContents> contents =
        scans.archiveContents(*session, CaseNumber::parse(number)->text());
    if (!contents)
        return failure(contents.error());
    const Case& c = contents.value().caseFile;

    const Result<Catalog> catalog = CatalogRepository(*database).load();
    const auto guides = GuideRepository(*database).latestAll();
    if (!catalog || !guides)
        return failure(!catalog ? catalog.error() : guides.error());
    const auto clerk = UserRepository(*database).find(c.clerk);
    const QString clerkName =
        clerk.ok() && clerk.value() ? clerk.value()->account.displayName : c.clerk;
    HallSetup hall = session->hall;
    hall.window = c.window;

    CaseArchive::Input input;
    input.caseFile = c;
    input.generatedAt = clock.now();
    input.generatorVersion = QCoreApplication::applicationVersion();
    for (ScanContent& scan : contents.value().scans)
        input.scans.append(CaseArchive::ScanPart{scan.materialKey, scan.materialName, scan.scan,
                                                 std::move(scan.content)});

    // The archive is a document for the file: Chinese, whatever language the shell speaks.
    const std::unique_ptr<QTranslator> documentLanguage =
        Localization::translator(m_documentLanguage);
    if (documentLanguage)
        QCoreApplication::installTranslator(documentLanguage.get());
    input.context = CaseDocuments::contextFor(c, catalog.value(), guides.value(), hall, clerkName,
                                              QDate::currentDate());
    const Result<CaseArchive::Output> written = CaseArchive::write(input, folder, force);
    if (documentLanguage)
        QCoreApplication::removeTranslator(documentLanguage.get());
    if (!written)
        return failure(written.error());
    if (const Status s = accounts.audit(*session, QStringLiteral("case_archived"), c.number,
                                        QStringLiteral("%1 pages, %2 scans, pdf %3")
                                            .arg(written.value().pages)
                                            .arg(written.value().scanCount)
                                            .arg(written.value().pdfSha256.left(16)));
        !s)
        return failure(s.error());
    print(
        tr("%1: %n page(s)", nullptr, written.value().pages).arg(written.value().pdfPath).toUtf8() +
        '\n');
    print(tr("%1: SHA-256 of the PDF and of its %n part(s)", nullptr, 2 + written.value().scanCount)
              .arg(written.value().manifestPath)
              .toUtf8() +
          '\n');
    // 归档: a delivered case is filed with the archive just written (its PDF's hash in the
    // event); any other case gets its archive as a copy, its status unchanged.
    if (c.status() != CaseStatus::Delivered) {
        print(tr("%1 is %2: the archive is a copy; 归档 is recorded once the case is delivered "
                 "(送达)\n")
                  .arg(c.number, CaseLifecycle::displayName(c.status()))
                  .toUtf8());
        return 0;
    }
    const Result<WorkCalendar> calendar = CalendarData::load();
    if (!calendar)
        return failure(calendar.error());
    CaseService cases(*database, clock, calendar.value(), accounts);
    const Result<Case> filed =
        cases.advance(*session, c.id, CaseStatus::Archived,
                      tr("electronic archive, PDF SHA-256 %1").arg(written.value().pdfSha256));
    if (!filed)
        return failure(tr("the archive is written, but %1 is not marked 归档: %2")
                           .arg(c.number, filed.error()));
    print(tr("%1 is filed (归档)\n").arg(c.number).toUtf8());
    return 0;
}

} // namespace ow
