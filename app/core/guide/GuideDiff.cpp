#include "guide/GuideDiff.h"

#include <algorithm>

namespace ow {

namespace {

QString materialText(const GuideMaterial& material, const GuideJson::Dictionary& dictionary)
{
    const QString name =
        dictionary.contains(material.key) ? dictionary.value(material.key).name : material.key;
    QStringList parts = {name, GuideJson::formName(material.form),
                         GuideDiff::tr("%n copies", nullptr, material.copies)};
    parts.append(material.required ? GuideDiff::tr("required") : GuideDiff::tr("if applicable"));
    if (!material.condition.isEmpty())
        parts.append(material.condition);
    if (material.waivable)
        parts.append(GuideDiff::tr("may be waived (e-licence / shared data)"));
    if (!material.note.isEmpty())
        parts.append(material.note);
    return parts.join(QStringLiteral("；"));
}

} // namespace

QList<GuideDiff::Row> GuideDiff::compare(const Guide& left, const Guide& right,
                                         const GuideJson::Dictionary& dictionary)
{
    QList<Row> rows;
    const auto add = [&](const QString& field, const QString& l, const QString& r) {
        rows.append(Row{field, l, r});
    };
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    add(tr("Version"), QString::number(left.version), QString::number(right.version));
    add(tr("Effective from"), left.effectiveDate.toString(Qt::ISODate),
        right.effectiveDate.toString(Qt::ISODate));
    add(tr("Review status"), left.reviewStatus, right.reviewStatus);
    add(tr("Summary"), left.summary, right.summary);
    add(tr("Legal time limit"), GuideJson::limitText(left.legalLimit),
        GuideJson::limitText(right.legalLimit));
    add(tr("Promised time limit"), GuideJson::limitText(left.promisedLimit),
        GuideJson::limitText(right.promisedLimit));
    add(tr("Visits to the hall"), QString::number(left.visits), QString::number(right.visits));
    add(tr("Online"), yesNo(left.online), yesNo(right.online));
    add(tr("Fees"), left.fees.charged ? left.fees.description : tr("free"),
        right.fees.charged ? right.fees.description : tr("free"));
    add(tr("Where"), left.location, right.location);
    add(tr("Hours"), left.hours, right.hours);
    add(tr("Enquiries"), left.enquiryPhone, right.enquiryPhone);
    add(tr("Complaints"), left.complaintPhone, right.complaintPhone);
    const auto listRows = [&](const QString& label, const QStringList& l, const QStringList& r) {
        for (qsizetype i = 0; i < std::max(l.size(), r.size()); ++i)
            add(label.arg(i + 1), l.value(i), r.value(i));
    };
    listRows(tr("Condition %1"), left.conditions, right.conditions);
    QStringList leftMaterials, rightMaterials;
    for (const GuideMaterial& m : left.materials)
        leftMaterials.append(materialText(m, dictionary));
    for (const GuideMaterial& m : right.materials)
        rightMaterials.append(materialText(m, dictionary));
    listRows(tr("Material %1"), leftMaterials, rightMaterials);
    QStringList leftSteps, rightSteps;
    for (const GuideStep& s : left.steps)
        leftSteps.append(s.name + QStringLiteral("：") + s.description);
    for (const GuideStep& s : right.steps)
        rightSteps.append(s.name + QStringLiteral("：") + s.description);
    listRows(tr("Step %1"), leftSteps, rightSteps);
    QStringList leftBasis, rightBasis;
    for (const LegalBasis& b : left.legalBasis)
        leftBasis.append(b.law + b.article);
    for (const LegalBasis& b : right.legalBasis)
        rightBasis.append(b.law + b.article);
    listRows(tr("Legal basis %1"), leftBasis, rightBasis);
    return rows;
}

int GuideDiff::changedCount(const QList<Row>& rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row& r) { return r.changed(); }));
}

} // namespace ow
