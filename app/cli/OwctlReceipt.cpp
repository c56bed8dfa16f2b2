// owctl receipt render: a case's document (receipt, supplement or refusal notice) as PDF.
#include "Owctl.h"

#include "CaseDocuments.h"
#include "Database.h"
#include "Localization.h"
#include "PdfWriter.h"
#include "access/AccountService.h"
#include "access/UserRepository.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "guide/GuideRepository.h"

namespace ow {

int Owctl::receiptCommand(const QStringList& words)
{
    if (words.value(0) != QLatin1String("render"))
        return usageError(tr("receipt needs a subcommand: render"));
    const QString number = words.value(1);
    if (number.isEmpty() || number.startsWith(u'-'))
        return usageError(tr("receipt render needs a case number, e.g. XC01-03-20261130-0007"));
    if (!CaseNumber::parse(number))
        return usageError(tr("'%1' is not a case number (centre-window-date-sequence, e.g. "
                             "XC01-03-20261130-0007)")
                              .arg(number));
    QString output;
    Paper paper = Paper::A4;
    for (int i = 2; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if ((word == QLatin1String("-o") || word == QLatin1String("--output")) &&
            i + 1 < words.size()) {
            output = words.at(++i);
        } else if (word == QLatin1String("--paper") && i + 1 < words.size()) {
            const QString value = words.at(++i);
            if (value == QLatin1String("a4"))
                paper = Paper::A4;
            else if (value == QLatin1String("80mm"))
                paper = Paper::Receipt80mm;
            else
                return usageError(tr("--paper is a4 or 80mm, got '%1'").arg(value));
        } else {
            return usageError(tr("receipt render: unknown argument '%1'").arg(word));
        }
    }
    if (output.isEmpty())
        return usageError(tr("receipt render needs -o FILE.pdf"));

    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const std::optional<Session> session =
        authorize(*database, Action::PrintCaseDocument, exitCode);
    if (!session)
        return exitCode;
    CaseRepository cases(*database);
    const auto found = cases.findByNumber(CaseNumber::parse(number)->text());
    if (!found)
        return failure(found.error());
    if (!found.value())
        return failure(tr("there is no case %1").arg(number));
    const Case& c = *found.value();
    const Result<Catalog> catalog = CatalogRepository(*database).load();
    const auto guides = GuideRepository(*database).latestAll();
    if (!catalog || !guides)
        return failure(!catalog ? catalog.error() : guides.error());
    const auto clerk = UserRepository(*database).find(c.clerk);
    const QString clerkName =
        clerk.ok() && clerk.value() ? clerk.value()->account.displayName : c.clerk;
    HallSetup hall = session->hall;
    hall.window = c.window;

    // Documents are for applicants: Chinese, whatever language the shell speaks.
    const std::unique_ptr<QTranslator> documentLanguage =
        Localization::translator(m_documentLanguage);
    if (documentLanguage)
        QCoreApplication::installTranslator(documentLanguage.get());
    const PrintableDocument document =
        CaseDocuments::forDecision(c,
                                   CaseDocuments::contextFor(c, catalog.value(), guides.value(),
                                                             hall, clerkName, QDate::currentDate()),
                                   paper);
    if (documentLanguage)
        QCoreApplication::removeTranslator(documentLanguage.get());
    if (const Status written = PdfWriter::write(document, output); !written)
        return failure(written.error());
    const SystemClock clock;
    AccountService accounts(*database, clock);
    (void)accounts.audit(*session, QStringLiteral("print"), c.number, document.title);
    print(tr("%1: %2\n").arg(output, document.title).toUtf8());
    return 0;
}

} // namespace ow
