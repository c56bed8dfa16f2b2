#pragma once

#include "CaseDocuments.h"
#include "PrintableDocument.h"
#include "cases/Case.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

// 归档: a case's electronic archive (全程电子化). One PDF, A4, with the case form (the case's data
// as a printed form), the document of its decision (receipt or notice, CaseDocuments) and every
// scan (an image on its own page, a PDF page by page rendered with poppler), and beside it a
// manifest naming the SHA-256 of the PDF and of every part:
//
//   DIR/<number>.pdf
//   DIR/<number>.manifest.json
//     {"format":"onewindow-case-archive","format_version":1,"case_number":…,"generated_at":…,
//      "generator":{"name":"OneWindow","version":…},
//      "pdf":{"file":"<number>.pdf","sha256":…,"size":…,"pages":N},
//      "parts":[{"kind":"form","title":…,"sha256":<of its HTML, UTF-8>,"first_page":1,"pages":n},
//               {"kind":"decision_document",…},
//               {"kind":"scan","material_key":…,"material":…,"file_name":…,"media_type":…,
//                "size":…,"sha256":<of the original bytes>,"first_page":…,"pages":n,
//                "added_by":…,"added_at":…}, …]}
//
// Both files are written to temporary names and renamed (the manifest last), so a failure never
// leaves a half file under either name.
class CaseArchive
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseArchive)

public:
    static constexpr int FormatVersion = 1;

    struct ScanPart
    {
        QString materialKey;
        QString materialName;
        Scan scan;
        QByteArray content; // the original bytes
    };

    struct Input
    {
        Case caseFile;
        DocumentContext context;
        QList<ScanPart> scans;
        QDateTime generatedAt;
        QString generatorVersion;
    };

    struct Output
    {
        QString pdfPath;
        QString manifestPath;
        QString pdfSha256;
        int pages = 0;
        int scanCount = 0;
    };

    // The case form: number, status, applicant (identifiers masked), agent, items, the checklist
    // with the scans of each material, the event log.
    static PrintableDocument form(const Case& c, const DocumentContext& context);

    // Writes the archive into folder: created when missing; an existing folder that holds
    // anything is refused unless force (then the two files are replaced).
    static Result<Output> write(const Input& input, const QString& folder, bool force);
};

} // namespace ow
