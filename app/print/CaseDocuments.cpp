#include "CaseDocuments.h"

#include "QrCode.h"
#include "cases/CaseNumber.h"
#include "guide/GuideJson.h"
#include "security/PersonalData.h"

#include <QStringList>

namespace ow {

namespace {

// One label and its value on a document. On A4 two fields share a line unless one is wide or
// starts a new group; on the roll every field has its own line.
struct Field
{
    QString label;
    QString html;
    bool wide = false;
    bool newLine = false;
};

// The laws are cited as published, in Chinese, whatever the language of the rest.
QString licensingLawArticle32()
{
    return QStringLiteral("《中华人民共和国行政许可法》第三十二条");
}
QString reviewLaw()
{
    return QStringLiteral("《中华人民共和国行政复议法》");
}
QString lawsuitLaw()
{
    return QStringLiteral("《中华人民共和国行政诉讼法》");
}
constexpr int ReviewDays = 60;
constexpr int LawsuitMonths = 6;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Text typed at the counter (a decision note): escaped, its line breaks kept.
QString escLines(const QString& text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString dateText(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("—");
    return date.toString(
        CaseDocuments::tr("yyyy-MM-dd", "QDate::toString format of dates on printed documents"));
}

QDate receivedOn(const Case& c)
{
    return c.receivedAt.toLocalTime().date();
}

QDate acceptedOn(const Case& c)
{
    if (c.acceptedOn.isValid())
        return c.acceptedOn;
    for (const CaseEvent& event : c.events) {
        if (event.to == CaseStatus::Accepted)
            return event.at.toLocalTime().date();
    }
    return QDate();
}

QString itemName(const QString& code, const DocumentContext& context)
{
    const QString name = context.itemNames.value(code);
    return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
}

QString itemsHtml(const Case& c, const DocumentContext& context)
{
    QStringList items;
    for (const QString& code : c.itemCodes)
        items.append(esc(itemName(code, context)));
    return items.join(QStringLiteral("<br/>"));
}

QString neededFor(const CaseMaterial& material, const DocumentContext& context)
{
    QStringList items;
    for (const QString& code : material.itemCodes)
        items.append(itemName(code, context));
    return items.join(QStringLiteral("、"));
}

QString windowText(const Case& c, const DocumentContext& context)
{
    return CaseDocuments::tr("%1, window %2")
        .arg(context.hall.centerName,
             QString::number(c.window > 0 ? c.window : context.hall.window));
}

QString decidingOffice(const Case& c, const DocumentContext& context)
{
    QStringList offices;
    for (const QString& code : c.itemCodes) {
        const QString office = context.leadDepartments.value(code).trimmed();
        if (!office.isEmpty() && !offices.contains(office))
            offices.append(office);
    }
    return offices.isEmpty() ? context.hall.centerName : offices.join(QStringLiteral("、"));
}

QList<Field> applicantFields(const Case& c)
{
    const Applicant& applicant = c.applicant;
    QList<Field> rows;
    if (applicant.kind == Applicant::Kind::Person) {
        rows.append({CaseDocuments::tr("Applicant"), esc(applicant.name)});
        rows.append({CaseDocuments::tr("ID number"),
                     esc(PersonalData::maskIdNumber(applicant.identifier))});
    } else {
        rows.append({CaseDocuments::tr("Applicant (enterprise)"), esc(applicant.name)});
        rows.append({CaseDocuments::tr("Unified social credit code"), esc(applicant.identifier)});
        if (!applicant.legalRepresentative.isEmpty())
            rows.append(
                {CaseDocuments::tr("Legal representative"), esc(applicant.legalRepresentative)});
        if (!applicant.contactName.isEmpty())
            rows.append({CaseDocuments::tr("Contact"), esc(applicant.contactName)});
    }
    if (!applicant.phone.isEmpty())
        rows.append({CaseDocuments::tr("Phone"), esc(PersonalData::maskPhone(applicant.phone))});
    if (c.agent) {
        rows.append({CaseDocuments::tr("Agent"), esc(c.agent->name), false, true});
        rows.append({CaseDocuments::tr("Agent's ID number"),
                     esc(PersonalData::maskIdNumber(c.agent->idNumber))});
        if (!c.agent->phone.isEmpty())
            rows.append(
                {CaseDocuments::tr("Agent's phone"), esc(PersonalData::maskPhone(c.agent->phone))});
        if (!c.agent->authorization.isEmpty())
            rows.append({CaseDocuments::tr("Authorization"), esc(c.agent->authorization)});
    }
    return rows;
}

QString copiesText(int copies)
{
    return CaseDocuments::tr("%n copy(ies)", nullptr, copies);
}

// Writes one document, A4 or the 80 mm roll: on the roll everything is one narrow column, tables
// become numbered lines and the QR code stands below the number.
class Writer
{
public:
    Writer(const Case& c, const DocumentContext& context, Paper paper)
        : m_case(c), m_context(context), m_paper(paper)
    {
        m_html = QStringLiteral("<html><body style=\"font-size:%1pt;\">").arg(narrow() ? 8 : 10.5);
    }

    bool narrow() const { return m_paper == Paper::Receipt80mm; }

    void header(const QString& title)
    {
        const QString number = esc(m_case.number);
        const QString check = esc(CaseNumber::checkCode(m_case.id, m_case.number));
        const QString numberLabel = esc(CaseDocuments::tr("Case number"));
        const QString checkLabel = esc(CaseDocuments::tr("Check code"));
        const QString image = QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\"/>")
                                  .arg(CaseDocuments::QrResource);
        m_html += QStringLiteral("<p align=\"center\" style=\"font-size:%1pt; margin:0;\">%2</p>")
                      .arg(narrow() ? 9 : 12)
                      .arg(esc(m_context.hall.centerName));
        m_html += QStringLiteral("<p align=\"center\" style=\"font-size:%1pt; font-weight:bold; "
                                 "margin-top:%2px; margin-bottom:%2px;\">%3</p>")
                      .arg(narrow() ? 12 : 18)
                      .arg(narrow() ? 2 : 6)
                      .arg(esc(title));
        if (narrow()) {
            m_html += QStringLiteral("<p align=\"center\" style=\"margin:0;\">%1<br/>"
                                     "<span style=\"font-size:10pt; font-weight:bold;\">%2</span>"
                                     "<br/>%3：%4</p><p align=\"center\">%5</p>")
                          .arg(numberLabel, number, checkLabel, check, image.arg(112));
        } else {
            m_html +=
                QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                               "<td valign=\"middle\">%1：<span style=\"font-size:13pt; "
                               "font-weight:bold;\">%2</span><br/>%3：%4</td>"
                               "<td align=\"right\" valign=\"middle\">%5</td></tr></table>")
                    .arg(numberLabel, number, checkLabel, check, image.arg(96));
        }
    }

    void addressee()
    {
        m_html += QStringLiteral("<p style=\"margin-top:8px;\"><b>%1</b></p>")
                      .arg(esc(CaseDocuments::tr("To %1:").arg(m_case.applicant.name)));
    }

    void fields(const QList<Field>& fields)
    {
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                                 "style=\"margin-top:6px; margin-bottom:6px;\">")
                      .arg(narrow() ? 1 : 2);
        const auto cells = [this](const Field& field, int span) {
            return QStringLiteral("<td valign=\"top\" width=\"%1%\" style=\"color:#555;\">%2</td>"
                                  "<td valign=\"top\" colspan=\"%3\"%4>%5</td>")
                .arg(QString::number(narrow() ? 30 : 20), esc(field.label), QString::number(span),
                     span == 1 && !narrow() ? QStringLiteral(" width=\"30%\"") : QString(),
                     field.html);
        };
        const Field* pending = nullptr;
        const auto flush = [&] {
            if (pending)
                m_html += QStringLiteral("<tr>%1<td></td><td></td></tr>").arg(cells(*pending, 1));
            pending = nullptr;
        };
        for (const Field& field : fields) {
            if (narrow()) {
                m_html += QStringLiteral("<tr>%1</tr>").arg(cells(field, 1));
                continue;
            }
            if (field.wide || field.newLine)
                flush();
            if (field.wide) {
                m_html += QStringLiteral("<tr>%1</tr>").arg(cells(field, 3));
            } else if (pending) {
                m_html += QStringLiteral("<tr>%1%2</tr>").arg(cells(*pending, 1), cells(field, 1));
                pending = nullptr;
            } else {
                pending = &field;
            }
        }
        flush();
        m_html += QStringLiteral("</table>");
    }

    void section(const QString& title)
    {
        m_html += QStringLiteral("<p style=\"font-size:%1pt; font-weight:bold; margin-top:%2px; "
                                 "margin-bottom:3px;\">%3</p>")
                      .arg(narrow() ? 9 : 12)
                      .arg(narrow() ? 6 : 12)
                      .arg(esc(title));
    }

    void paragraph(const QString& html)
    {
        m_html += QStringLiteral("<p style=\"margin-top:6px;\">%1</p>").arg(html);
    }

    // A bordered table on A4, its columns `widths` per cent wide; on the roll, one line per row
    // from `lines`. The first column numbers the rows.
    void table(const QStringList& headers, const QList<int>& widths, const QList<QStringList>& rows,
               const QStringList& lines)
    {
        if (narrow()) {
            for (int i = 0; i < lines.size(); ++i)
                m_html += QStringLiteral("<p style=\"margin:0 0 2px 0;\">%1. %2</p>")
                              .arg(i + 1)
                              .arg(lines.at(i));
            return;
        }
        m_html += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
            "width=\"100%\" style=\"border-collapse:collapse; "
            "border-style:solid; border-color:#777; margin-bottom:6px;\"><thead><tr>");
        for (int i = 0; i < headers.size(); ++i)
            m_html += QStringLiteral("<th bgcolor=\"#eeeeee\" width=\"%1%\">%2</th>")
                          .arg(QString::number(widths.value(i)), esc(headers.at(i)));
        m_html += QStringLiteral("</tr></thead>"); // repeated on every page
        for (int i = 0; i < rows.size(); ++i) {
            m_html += QStringLiteral("<tr><td align=\"center\">%1</td>").arg(i + 1);
            for (const QString& cell : rows.at(i)) {
                // Counts (copies, pages) stand centred under their heading.
                bool number = false;
                cell.toInt(&number);
                m_html += QStringLiteral("<td%1>%2</td>")
                              .arg(number || cell == QStringLiteral("—")
                                       ? QStringLiteral(" align=\"center\"")
                                       : QString(),
                                   cell);
            }
            m_html += QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }

    // Signature lines, then the issuing office with the place for its seal and the date: what
    // makes a paper a written voucher (《行政许可法》 Article 32: sealed and dated). On A4 they
    // stand side by side on one line.
    void closing(const QStringList& signatures, const QString& issuer)
    {
        const QString line = QStringLiteral("____________");
        const QString date = esc(CaseDocuments::tr("Date"));
        const QString seal = QStringLiteral("%1<br/>%2<br/>%3")
                                 .arg(esc(issuer), esc(CaseDocuments::tr("(seal)")),
                                      esc(dateText(m_context.printedOn)));
        // The first line is the signer's: the signature given at the counter stands on it.
        const auto signedLine = [&](int i) {
            if (i != 0 || m_context.signature.isNull())
                return line;
            return QStringLiteral("<img src=\"%1\" height=\"%2\"/>")
                .arg(CaseDocuments::SignatureResource)
                .arg(narrow() ? 28 : 40);
        };
        const auto signedDate = [&](int i) {
            return i == 0 && !m_context.signature.isNull() ? esc(dateText(m_context.printedOn))
                                                           : line;
        };
        if (narrow()) {
            for (int i = 0; i < signatures.size(); ++i)
                m_html += QStringLiteral("<p style=\"margin-top:10px;\">%1：%2<br/>%3：%4</p>")
                              .arg(esc(signatures.at(i)), signedLine(i), date, signedDate(i));
            m_html +=
                QStringLiteral("<p align=\"right\" style=\"margin-top:8px;\">%1</p>").arg(seal);
            return;
        }
        // One row: a table row is never split across two pages.
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                                 "style=\"margin-top:18px;\"><tr>");
        for (int i = 0; i < signatures.size(); ++i)
            m_html += QStringLiteral("<td valign=\"top\">%1：%2<br/><br/>%3：%4</td>")
                          .arg(esc(signatures.at(i)), signedLine(i), date, signedDate(i));
        m_html +=
            QStringLiteral("<td align=\"right\" valign=\"top\">%1</td></tr></table>").arg(seal);
    }

    PrintableDocument finish(const QString& title)
    {
        PrintableDocument document;
        document.title = QStringLiteral("%1 %2").arg(title, m_case.number);
        document.html = m_html + QStringLiteral("</body></html>");
        document.images.append({CaseDocuments::QrResource,
                                QrCode::render(CaseNumber::qrPayload(m_case.id, m_case.number))});
        if (!m_context.signature.isNull())
            document.images.append({CaseDocuments::SignatureResource, m_context.signature});
        document.paper = PrintableDocument::pageSizeId(m_paper);
        return document;
    }

private:
    const Case& m_case;
    const DocumentContext& m_context;
    Paper m_paper;
    QString m_html;
};

Field itemsField(const Case& c, const DocumentContext& context)
{
    return {CaseDocuments::tr("Items"), itemsHtml(c, context), true};
}

Field receivedField(const Case& c)
{
    return {CaseDocuments::tr("Received on"), esc(dateText(receivedOn(c)))};
}

Field enquiriesField(const DocumentContext& context)
{
    return {CaseDocuments::tr("Enquiries"),
            esc(CaseDocuments::tr("%1 (government service hotline), quoting the case number")
                    .arg(context.enquiryPhone)),
            true};
}

} // namespace

PrintableDocument CaseDocuments::receipt(const Case& c, const DocumentContext& context, Paper paper)
{
    Writer writer(c, context, paper);
    const QString title = tr("Acceptance receipt");
    writer.header(title);

    QList<Field> rows = applicantFields(c);
    rows.append(itemsField(c, context));
    rows.append({tr("Accepted on"), esc(dateText(acceptedOn(c)))});
    if (!context.promisedLimitText.isEmpty())
        rows.append({tr("Promised time limit"), esc(context.promisedLimitText)});
    QString due = dateText(c.dueDate);
    if (c.dueProvisional)
        due = tr("%1 (provisional: next year's holiday calendar is not yet published)").arg(due);
    rows.append({tr("Due by"), esc(due), true});
    writer.fields(rows);

    QList<QStringList> received;
    QStringList receivedLines;
    QList<QStringList> waived;
    QStringList waivedLines;
    for (const CaseMaterial& material : c.materials) {
        const QString form = GuideJson::formName(material.form);
        if (material.state == CaseMaterial::State::Received) {
            const QString pages =
                material.pages > 0 ? tr("%n page(s)", nullptr, material.pages) : QString();
            received.append(
                {esc(material.name), esc(form), QString::number(material.copies),
                 material.pages > 0 ? QString::number(material.pages) : QStringLiteral("—")});
            QStringList details{form, copiesText(material.copies)};
            if (!pages.isEmpty())
                details.append(pages);
            receivedLines.append(
                esc(material.name + QStringLiteral(" — ") + details.join(QStringLiteral("，"))));
        } else if (material.state == CaseMaterial::State::Waived) {
            const QString by = material.note.trimmed().isEmpty() ? tr("an e-licence or shared data")
                                                                 : material.note.trimmed();
            waived.append({esc(material.name), esc(by)});
            waivedLines.append(esc(tr("%1 — replaced by %2").arg(material.name, by)));
        }
    }
    QList<QStringList> toFollow;
    QStringList toFollowLines;
    for (const CaseMaterial* material : c.missingMaterials()) {
        const QString form = GuideJson::formName(material->form);
        toFollow.append({esc(material->name), esc(form), QString::number(material->copies),
                         esc(neededFor(*material, context))});
        toFollowLines.append(esc(material->name + QStringLiteral(" — ") + form +
                                 QStringLiteral("，") + copiesText(material->copies)));
    }

    writer.section(tr("Materials received"));
    if (received.isEmpty())
        writer.paragraph(esc(tr("None.")));
    else
        writer.table({tr("No."), tr("Material"), tr("Form"), tr("Copies"), tr("Pages")},
                     {7, 43, 18, 16, 16}, received, receivedLines);
    if (!toFollow.isEmpty()) {
        writer.section(tr("Materials to follow"));
        writer.paragraph(esc(tr("The application was accepted without these. Please bring them "
                                "as soon as possible, quoting the case number; the case cannot "
                                "be concluded without them.")));
        writer.table({tr("No."), tr("Material"), tr("Form"), tr("Copies"), tr("Needed for")},
                     {7, 35, 14, 12, 32}, toFollow, toFollowLines);
    }
    if (!waived.isEmpty()) {
        writer.section(tr("Waived (no need to submit)"));
        writer.table({tr("No."), tr("Material"), tr("Replaced by")}, {7, 48, 45}, waived,
                     waivedLines);
    }

    writer.fields({{tr("Clerk"), esc(context.clerkDisplayName)},
                   {tr("Window"), esc(windowText(c, context)), true},
                   enquiriesField(context)});
    writer.paragraph(esc(tr("This receipt shows that the application above was accepted on the "
                            "date given. Keep it: quote the case number to ask about the case or "
                            "to collect the result.")));
    writer.closing({context.signedByAgent ? tr("Agent (signature)") : tr("Applicant (signature)"),
                    tr("Clerk (signature)")},
                   context.hall.centerName);
    return writer.finish(title);
}

PrintableDocument CaseDocuments::supplementNotice(const Case& c, const DocumentContext& context,
                                                  Paper paper)
{
    Writer writer(c, context, paper);
    const QString title = tr("One-time supplement notice");
    writer.header(title);
    writer.addressee();
    QList<Field> rows = applicantFields(c);
    rows.append(itemsField(c, context));
    rows.append(receivedField(c));
    writer.fields(rows);

    writer.paragraph(esc(tr("We received your application for the items above on %1. The "
                            "materials below are missing or not in the statutory form. This "
                            "notice lists everything to be supplemented, all at once.")
                             .arg(dateText(receivedOn(c)))));

    QList<QStringList> missing;
    QStringList lines;
    for (const CaseMaterial* material : c.missingMaterials()) {
        const QString form = GuideJson::formName(material->form);
        QStringList notes = material->conditions;
        if (!material->note.trimmed().isEmpty())
            notes.append(material->note.trimmed());
        const QString condition = notes.join(QStringLiteral("；"));
        const QString needed = neededFor(*material, context);
        missing.append({esc(material->name), esc(form), QString::number(material->copies),
                        esc(needed), esc(condition)});
        QString line = material->name + QStringLiteral(" — ") + form + QStringLiteral("，") +
                       copiesText(material->copies);
        if (!needed.isEmpty())
            line += QStringLiteral("；") + tr("needed for %1").arg(needed);
        if (!condition.isEmpty())
            line += QStringLiteral("；") + condition;
        lines.append(esc(line));
    }
    writer.section(tr("Materials to supplement"));
    if (missing.isEmpty())
        writer.paragraph(esc(tr("None.")));
    else
        writer.table({tr("No."), tr("Material"), tr("Form"), tr("Copies"), tr("Needed for"),
                      tr("Condition / note")},
                     {6, 26, 11, 9, 24, 24}, missing, lines);

    writer.section(tr("Where and when"));
    QString where =
        context.hallAddress.trimmed().isEmpty()
            ? windowText(c, context)
            : QStringLiteral("%1（%2）").arg(windowText(c, context), context.hallAddress);
    QString bring = tr("Please bring all of the materials above to %1, quoting case number %2.")
                        .arg(where, c.number);
    if (!context.hallHours.trimmed().isEmpty())
        bring += QLatin1Char(' ') + tr("Opening hours: %1.").arg(context.hallHours.trimmed());
    writer.paragraph(esc(bring));
    writer.paragraph(esc(tr("Once the materials are complete and in the statutory form, the "
                            "application will be accepted.")));
    if (!c.decisionNote.trimmed().isEmpty()) {
        writer.section(tr("Notes"));
        writer.paragraph(escLines(c.decisionNote));
    }

    writer.section(tr("Legal basis"));
    writer.paragraph(
        esc(tr("Under %1, where application materials are incomplete or not in the statutory "
               "form, the authority shall tell the applicant everything to be supplemented at "
               "once, on the spot or within five days; if it does not, the application counts "
               "as accepted from the day the materials were received.")
                .arg(licensingLawArticle32())));

    writer.fields({{tr("Clerk"), esc(context.clerkDisplayName)}, enquiriesField(context)});
    writer.closing({context.signedByAgent ? tr("Received by the agent (signature)")
                                          : tr("Received by the applicant (signature)")},
                   context.hall.centerName);
    return writer.finish(title);
}

PrintableDocument CaseDocuments::refusalNotice(const Case& c, const DocumentContext& context,
                                               Paper paper)
{
    Writer writer(c, context, paper);
    const QString title = tr("Notice of refusal to accept");
    writer.header(title);
    writer.addressee();
    QList<Field> rows = applicantFields(c);
    rows.append(itemsField(c, context));
    rows.append(receivedField(c));
    const QString office = decidingOffice(c, context);
    rows.append({tr("Deciding office"), esc(office), true});
    writer.fields(rows);

    writer.paragraph(esc(tr("Your application for the items above, received on %1, is not "
                            "accepted, for the reasons below.")
                             .arg(dateText(receivedOn(c)))));
    writer.section(tr("Reasons"));
    writer.paragraph(c.decisionNote.trimmed().isEmpty()
                         ? esc(tr("(no reason was recorded: ask at the window)"))
                         : escLines(c.decisionNote));

    writer.section(tr("Your rights"));
    writer.paragraph(esc(tr("If you disagree with this decision, you may apply for "
                            "administrative review under %1 within %2 days of the day you knew "
                            "or should have known of it, or bring an administrative lawsuit "
                            "before a people's court under %3 within %4 months of that day.")
                             .arg(reviewLaw())
                             .arg(ReviewDays)
                             .arg(lawsuitLaw())
                             .arg(LawsuitMonths)));

    writer.fields({{tr("Clerk"), esc(context.clerkDisplayName)}, enquiriesField(context)});
    writer.closing({context.signedByAgent ? tr("Received by the agent (signature)")
                                          : tr("Received by the applicant (signature)")},
                   office);
    return writer.finish(title);
}

PrintableDocument CaseDocuments::forDecision(const Case& c, const DocumentContext& context,
                                             Paper paper)
{
    switch (c.status()) {
    case CaseStatus::SupplementRequested:
        return supplementNotice(c, context, paper);
    case CaseStatus::Refused:
        return refusalNotice(c, context, paper);
    default:
        return receipt(c, context, paper);
    }
}

DocumentContext CaseDocuments::contextFor(const Case& c, const Catalog& catalog,
                                          const QHash<QString, Guide>& guides,
                                          const HallSetup& hall, const QString& clerkDisplayName,
                                          const QDate& printedOn)
{
    DocumentContext context;
    context.hall = hall;
    context.clerkDisplayName = clerkDisplayName;
    context.printedOn = printedOn;
    int days = 0;
    for (const QString& code : c.itemCodes) {
        const QString itemCode = code.section(QLatin1Char('.'), 0, 0);
        if (const SubItem* sub = catalog.subItem(code)) {
            context.itemNames.insert(code, sub->name);
            context.leadDepartments.insert(
                code, sub->departments.districtLead.join(QStringLiteral("、")));
        } else if (const Item* item = catalog.item(code)) {
            context.itemNames.insert(code, item->name);
            context.leadDepartments.insert(
                code, item->departments.districtLead.join(QStringLiteral("、")));
        }
        const auto guide = guides.constFind(guides.contains(code) ? code : itemCode);
        if (guide != guides.cend() && !guide->promisedLimit.onTheSpot)
            days = qMax(days, guide->promisedLimit.workingDays);
    }
    context.promisedLimitText = GuideJson::limitText(TimeLimit{days == 0, days});
    return context;
}

} // namespace ow
