#include "catalog/PublishCheck.h"

#include "validation/PhoneNumber.h"

#include <QSet>

#include <algorithm>

namespace ow {

namespace {

QString sceneOf(const Catalog& catalog, const QString& itemCode)
{
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    if (item.code == itemCode)
                        return scene.code;
    return {};
}

} // namespace

QStringList PublishCheck::problems(const Catalog& catalog, const QHash<QString, Guide>& guides,
                                   const GuideJson::Dictionary& dictionary,
                                   const std::optional<Previous>& previous)
{
    QStringList found;
    if (catalog.isEmpty())
        found.append(tr("The catalog is empty."));

    QStringList codes = guides.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString& code : codes) {
        const Guide& guide = guides.value(code);
        if (!catalog.item(code) && !catalog.subItem(code))
            found.append(tr("The guide of %1 names no item or sub-item of the catalog.").arg(code));
        if (const Status known = GuideJson::checkAgainst(guide, dictionary, code); !known)
            found.append(known.error());
        if (!guide.legalLimit.isValid())
            found.append(tr("The guide of %1: the legal time limit must be a whole number of "
                            "working days from 1, or 即办.")
                             .arg(code));
        if (!guide.promisedLimit.isValid())
            found.append(tr("The guide of %1: the promised time limit must be a whole number of "
                            "working days from 1, or 即办.")
                             .arg(code));
        if (guide.legalLimit.isValid() && guide.promisedLimit.isValid() &&
            !guide.legalLimit.onTheSpot && !guide.promisedLimit.onTheSpot &&
            guide.promisedLimit.workingDays > guide.legalLimit.workingDays)
            found.append(tr("The guide of %1 promises %2 working days, more than the legal %3.")
                             .arg(code)
                             .arg(guide.promisedLimit.workingDays)
                             .arg(guide.legalLimit.workingDays));
        if (guide.hours.trimmed().isEmpty())
            found.append(tr("The guide of %1 has no opening hours (办理时间).").arg(code));
        for (const auto& [what, phone] :
             {std::pair{tr("enquiry phone (咨询电话)"), guide.enquiryPhone},
              std::pair{tr("complaint phone (监督电话)"), guide.complaintPhone}}) {
            if (phone.trimmed().isEmpty())
                found.append(tr("The guide of %1 has no %2.").arg(code, what));
            else if (const PhoneCheck checked = PhoneNumber::checkPublic(phone); !checked.valid)
                found.append(tr("The guide of %1: the %2 \"%3\" is not valid: %4.")
                                 .arg(code, what, phone, checked.message));
        }
        for (int i = 0; i < guide.steps.size(); ++i)
            if (guide.steps.at(i).name.trimmed().isEmpty() ||
                guide.steps.at(i).description.trimmed().isEmpty())
                found.append(tr("The guide of %1: step %2 needs a name and a description.")
                                 .arg(code)
                                 .arg(i + 1));
        if (guide.legalLimit.onTheSpot && guide.promisedLimit.isValid() &&
            !guide.promisedLimit.onTheSpot)
            found.append(tr("The guide of %1 promises %2 working days for an item the law wants "
                            "decided on the spot (即办).")
                             .arg(code)
                             .arg(guide.promisedLimit.workingDays));
    }

    if (previous) {
        for (const QString& code : previous->guidedCodes)
            if (!guides.contains(code) && (catalog.item(code) || catalog.subItem(code)))
                found.append(
                    tr("%1 had a guide in the published version and would lose it.").arg(code));
        for (const Lifecycle& lifecycle : previous->catalog.lifecycles())
            for (const Stage& stage : lifecycle.stages)
                for (const Scene& scene : stage.scenes)
                    for (const Item& item : scene.items) {
                        const Item* now = catalog.item(item.code);
                        if (!now) {
                            found.append(tr("Item %1 %2 of scene %3 %4 would be removed: a scene "
                                            "(一件事) may not lose an item.")
                                             .arg(item.code, item.name, scene.code, scene.name));
                            continue;
                        }
                        if (sceneOf(catalog, item.code) != scene.code)
                            found.append(tr("Item %1 %2 would leave scene %3 %4: a scene (一件事) "
                                            "may not lose an item.")
                                             .arg(item.code, item.name, scene.code, scene.name));
                        for (const SubItem& sub : item.subItems)
                            if (!catalog.subItem(sub.code))
                                found.append(
                                    tr("Sub-item %1 %2 would be removed.").arg(sub.code, sub.name));
                    }
    }
    return found;
}

} // namespace ow
