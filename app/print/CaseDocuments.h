#pragma once

#include "PrintableDocument.h"
#include "access/Session.h"
#include "cases/Case.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QString>

namespace ow {

// What a counter document needs besides the case: where and by whom it is printed, and the names
// of what the case stores only as codes.
struct DocumentContext
{
    HallSetup hall;
    QString clerkDisplayName;
    QHash<QString, QString> itemNames; // item code → name
    QString promisedLimitText;         // "5 working days": the promise of the case's guides
    QDate printedOn;
    // item code → the lead department that decides it (the guide's district lead); the refusal
    // notice names it as the deciding office, or the hall when none is known.
    QHash<QString, QString> leadDepartments;
    QString hallAddress; // where to bring materials; the hall's name when empty
    QString hallHours;   // when; left out when empty
    QString enquiryPhone = QStringLiteral("12345"); // 12345 government service hotline
    // The signature given at the counter, printed on the signer's line instead of a blank one;
    // null when none was given. The agent's, when the agent signed for the applicant.
    QImage signature;
    bool signedByAgent = false;
};

// The documents of a decision at the counter, each with the case number, its check code and the
// QR code of both: 受理回执 (acceptance receipt), 一次性补正告知书 (one-time supplement notice),
// 不予受理通知书 (refusal notice). Resident ID numbers and phone numbers are masked on all of
// them; the applicant's and agent's names are printed in full (the papers are theirs).
class CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseDocuments)

public:
    static inline const QString QrResource = QStringLiteral("qrcode");
    static inline const QString SignatureResource = QStringLiteral("signature");

    static PrintableDocument receipt(const Case& c, const DocumentContext& context,
                                     Paper paper = Paper::A4);
    // Lists every missing material at once, as 《行政许可法》 Article 32 asks.
    static PrintableDocument supplementNotice(const Case& c, const DocumentContext& context,
                                              Paper paper = Paper::A4);
    // The reasons (the case's decision note) and the applicant's rights of review and lawsuit.
    static PrintableDocument refusalNotice(const Case& c, const DocumentContext& context,
                                           Paper paper = Paper::A4);
    // The document of the case's decision: refusal notice, supplement notice, else the receipt.
    static PrintableDocument forDecision(const Case& c, const DocumentContext& context,
                                         Paper paper = Paper::A4);
    // The context from the catalog and the guides: item names, the lead departments, the chain's
    // promise (its slowest item; 即办 when every item is).
    static DocumentContext contextFor(const Case& c, const Catalog& catalog,
                                      const QHash<QString, Guide>& guides, const HallSetup& hall,
                                      const QString& clerkDisplayName, const QDate& printedOn);
};

} // namespace ow
