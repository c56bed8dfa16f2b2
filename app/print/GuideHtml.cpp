#include "GuideHtml.h"

#include <QStringList>

namespace ow {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList& departments)
{
    return departments.isEmpty() ? GuideHtml::tr("none")
                                 : esc(departments.join(QStringLiteral("、")));
}

QString row(const QString& label, const QString& html)
{
    return QStringLiteral(
               "<tr><th align=\"right\" valign=\"top\" width=\"22%\">%1</th><td>%2</td></tr>")
        .arg(esc(label), html);
}

QString draftBanner(const Guide& guide)
{
    if (!guide.isDraft())
        return QString();
    return QStringLiteral("<p style=\"color:#a61b1b; font-weight:bold;\">%1</p>")
        .arg(esc(GuideHtml::tr("DRAFT — %1").arg(guide.reviewNote)));
}

QString header(const GuideSubject& subject, const QString& title)
{
    return QStringLiteral("<h1>%1</h1><p><b>%2</b> %3<br/>%4</p>")
        .arg(esc(title), esc(subject.code), esc(subject.name), esc(subject.place));
}

QString materialsTable(const Guide& guide, const GuideJson::Dictionary& dictionary, bool withNotes)
{
    QString html =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>%6</tr>")
                .arg(esc(GuideHtml::tr("No.")), esc(GuideHtml::tr("Material")),
                     esc(GuideHtml::tr("Form")), esc(GuideHtml::tr("Copies")),
                     esc(GuideHtml::tr("Needed")),
                     withNotes ? QStringLiteral("<th>%1</th>").arg(esc(GuideHtml::tr("Notes")))
                               : QString());
    int number = 0;
    for (const GuideMaterial& material : guide.materials) {
        const MaterialDefinition definition = dictionary.value(material.key);
        QString needed = material.required ? GuideHtml::tr("required")
                                           : GuideHtml::tr("when: %1").arg(material.condition);
        if (material.waivable)
            needed += QLatin1Char(' ') +
                      (definition.replaceableBy == MaterialDefinition::Replacement::ELicence
                           ? GuideHtml::tr("(waived where the e-licence is found)")
                           : GuideHtml::tr("(waived where shared data confirms it)"));
        html +=
            QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3"
                           "</td><td align=\"center\">%4</td><td>%5</td>%6</tr>")
                .arg(++number)
                .arg(esc(definition.name.isEmpty() ? material.key : definition.name),
                     esc(GuideJson::formName(material.form)))
                .arg(material.copies)
                .arg(esc(needed),
                     withNotes ? QStringLiteral("<td>%1</td>").arg(esc(material.note)) : QString());
    }
    html += QStringLiteral("</table>");
    return html;
}

QString notPublished(const GuideSubject& subject)
{
    return QStringLiteral("<p style=\"color:#a61b1b; font-weight:bold;\">%1</p>")
        .arg(esc(
            GuideHtml::tr("The guide of %1 has not been published yet. Ask the lead "
                          "department (%2) what to bring; nothing below is a list of "
                          "materials.")
                .arg(subject.code, subject.departments.districtLead.join(QStringLiteral("、")))));
}

} // namespace

std::optional<GuideSubject> GuideSubject::fromCatalog(const Catalog& catalog, const QString& code)
{
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items) {
                    const QString place = QStringLiteral("%1 › %2").arg(stage.name, scene.name);
                    if (item.code == code)
                        return GuideSubject{item.code, item.name, item.type, place,
                                            item.departments};
                    for (const SubItem& subItem : item.subItems) {
                        if (subItem.code == code)
                            return GuideSubject{subItem.code, subItem.name, subItem.type,
                                                place + QStringLiteral(" › ") + item.name,
                                                subItem.departments};
                    }
                }
    return std::nullopt;
}

QString GuideHtml::materialLine(const GuideMaterial& material,
                                const GuideJson::Dictionary& dictionary)
{
    const QString name = dictionary.value(material.key).name;
    QString line =
        tr("%1, %2, %n copy(ies)", nullptr, material.copies)
            .arg(name.isEmpty() ? material.key : name, GuideJson::formName(material.form));
    if (!material.required)
        line += tr(" (when: %1)").arg(material.condition);
    return line;
}

QString GuideHtml::guide(const GuideSubject& subject, const std::optional<Guide>& guide,
                         const GuideJson::Dictionary& dictionary)
{
    QString html = QStringLiteral("<html><body>");
    html += header(subject, tr("Service guide"));
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    table += row(tr("Item type"),
                 esc(subject.type.isEmpty() ? tr("not stated in the catalog") : subject.type));
    table += row(tr("City lead / co-operating"), list(subject.departments.cityLead) +
                                                     QStringLiteral(" / ") +
                                                     list(subject.departments.cityCo));
    table += row(tr("District lead / co-operating"), list(subject.departments.districtLead) +
                                                         QStringLiteral(" / ") +
                                                         list(subject.departments.districtCo));
    if (!guide) {
        html += notPublished(subject) + table + QStringLiteral("</table></body></html>");
        return html;
    }
    html += draftBanner(*guide);
    html += QStringLiteral("<p>%1</p>").arg(esc(guide->summary));
    table += row(tr("Legal time limit"), esc(GuideJson::limitText(guide->legalLimit)));
    table += row(tr("Promised time limit"), esc(GuideJson::limitText(guide->promisedLimit)));
    table += row(tr("Visits to the hall"),
                 esc(guide->visits == 0 ? tr("none: can be done entirely online")
                                        : tr("%n visit(s)", nullptr, guide->visits)));
    table += row(tr("Online"), esc(guide->online ? tr("yes") : tr("no")));
    table += row(tr("Fees"), esc(guide->fees.description) +
                                 (guide->fees.basis.isEmpty()
                                      ? QString()
                                      : QStringLiteral("（%1）").arg(esc(guide->fees.basis))));
    table += row(tr("Where"), esc(guide->location));
    table += row(tr("When"), esc(guide->hours));
    table += row(tr("Enquiries / complaints"),
                 esc(guide->enquiryPhone) + QStringLiteral(" / ") + esc(guide->complaintPhone));
    table += row(tr("Version"), esc(tr("%1, effective %2")
                                        .arg(guide->version)
                                        .arg(guide->effectiveDate.toString(Qt::ISODate))));
    html += table + QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><ol>").arg(esc(tr("Conditions")));
    for (const QString& condition : guide->conditions)
        html += QStringLiteral("<li>%1</li>").arg(esc(condition));
    html += QStringLiteral("</ol><h2>%1</h2>").arg(esc(tr("Materials")));
    html += materialsTable(*guide, dictionary, true);
    html += QStringLiteral("<h2>%1</h2><ol>").arg(esc(tr("Steps")));
    for (const GuideStep& step : guide->steps)
        html += QStringLiteral("<li><b>%1</b>：%2</li>").arg(esc(step.name), esc(step.description));
    html += QStringLiteral("</ol><h2>%1</h2><ul>").arg(esc(tr("Legal basis")));
    for (const LegalBasis& basis : guide->legalBasis)
        html += QStringLiteral("<li>%1 %2</li>").arg(esc(basis.law), esc(basis.article));
    html += QStringLiteral("</ul></body></html>");
    return html;
}

QString GuideHtml::whatToBring(const GuideSubject& subject, const std::optional<Guide>& guide,
                               const GuideJson::Dictionary& dictionary, const QDate& today)
{
    QString html = QStringLiteral("<html><body>");
    html += header(subject, tr("What to bring (one-time notice)"));
    if (!guide) {
        html += notPublished(subject) + QStringLiteral("</body></html>");
        return html;
    }
    html += draftBanner(*guide);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("To apply for this item, please bring every material below. This "
                            "notice lists all of them at once; nothing else will be asked for.")));
    html += materialsTable(*guide, dictionary, false);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Promised time limit: %1. Where: %2. When: %3. Enquiries: %4.")
                             .arg(GuideJson::limitText(guide->promisedLimit), guide->location,
                                  guide->hours, guide->enquiryPhone)));
    html += QStringLiteral("<p align=\"right\">%1</p></body></html>")
                .arg(esc(tr("Issued on %1").arg(today.toString(Qt::ISODate))));
    return html;
}

} // namespace ow
