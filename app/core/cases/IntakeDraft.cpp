#include "cases/IntakeDraft.h"

#include "chain/ChainMerger.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"
#include "validation/PhoneNumber.h"

namespace ow {

QList<IntakeDraft::Problem> IntakeDraft::check(const QDate& today)
{
    QList<Problem> problems;
    applicant.name = applicant.name.trimmed();
    if (applicant.name.isEmpty())
        problems.append(
            {QStringLiteral("applicant.name"), tr("Enter the applicant's name."), true});
    if (applicant.kind == Applicant::Kind::Person) {
        const IdNumberCheck id = IdNumber::check(applicant.identifier, today);
        if (!id.valid) {
            problems.append({QStringLiteral("applicant.identifier"), id.message, true});
        } else {
            applicant.identifier = id.normalized;
            applicant.birthDate = id.birthDate;
        }
        if (applicant.disabled && applicant.disabilityCertificate.trimmed().isEmpty())
            problems.append({QStringLiteral("applicant.disabilityCertificate"),
                             tr("Enter the number of the disability certificate."), true});
    } else {
        const CreditCodeCheck code = CreditCode::check(applicant.identifier);
        if (code.verdict == CreditCodeCheck::Verdict::Invalid)
            problems.append({QStringLiteral("applicant.identifier"), code.message, true});
        else
            applicant.identifier = code.normalized;
        if (code.verdict == CreditCodeCheck::Verdict::Warned)
            problems.append({QStringLiteral("applicant.identifier"), code.message, false});
        if (applicant.legalRepresentative.trimmed().isEmpty())
            problems.append({QStringLiteral("applicant.legalRepresentative"),
                             tr("Enter the legal representative."), true});
    }
    const PhoneCheck phone = PhoneNumber::check(applicant.phone);
    if (!phone.valid)
        problems.append({QStringLiteral("applicant.phone"), phone.message, true});
    else
        applicant.phone = phone.normalized;
    if (agent) {
        agent->name = agent->name.trimmed();
        if (agent->name.isEmpty())
            problems.append({QStringLiteral("agent.name"), tr("Enter the agent's name."), true});
        const IdNumberCheck id = IdNumber::check(agent->idNumber, today);
        if (!id.valid)
            problems.append({QStringLiteral("agent.idNumber"), id.message, true});
        else
            agent->idNumber = id.normalized;
        if (id.valid && id.normalized == applicant.identifier)
            problems.append(
                {QStringLiteral("agent.idNumber"), tr("The agent cannot be the applicant."), true});
        if (!agent->phone.trimmed().isEmpty()) {
            const PhoneCheck agentPhone = PhoneNumber::check(agent->phone);
            if (!agentPhone.valid)
                problems.append({QStringLiteral("agent.phone"), agentPhone.message, true});
            else
                agent->phone = agentPhone.normalized;
        }
        if (agent->authorization.trimmed().isEmpty())
            problems.append({QStringLiteral("agent.authorization"),
                             tr("Say what authorizes the agent (e.g. a power of attorney)."),
                             true});
    }
    if (itemCodes.isEmpty())
        problems.append({QStringLiteral("items"), tr("Choose at least one item."), true});
    return problems;
}

bool IntakeDraft::blocks(const QList<Problem>& problems)
{
    for (const Problem& problem : problems) {
        if (problem.blocking)
            return true;
    }
    return false;
}

void IntakeDraft::mergeChecklist(const QHash<QString, Guide>& guides,
                                 const GuideJson::Dictionary& dictionary)
{
    const MergedChain chain = ChainMerger::merge(itemCodes, guides, dictionary);
    QList<CaseMaterial> merged;
    for (const MergedMaterial& material : chain.materials) {
        CaseMaterial entry;
        entry.key = material.key;
        entry.name = material.name;
        entry.form = material.form;
        entry.copies = material.copies;
        entry.required = material.required;
        entry.conditions = material.conditions;
        entry.itemCodes = material.itemCodes;
        for (const CaseMaterial& earlier : std::as_const(materials)) {
            if (earlier.key == material.key) {
                entry.state = earlier.state;
                entry.pages = earlier.pages;
                entry.scans = earlier.scans;
                entry.scanFiles = earlier.scanFiles;
                entry.note = earlier.note;
            }
        }
        merged.append(entry);
    }
    materials = merged;
    itemsWithoutGuide = chain.itemsWithoutGuide;
}

Status IntakeDraft::attachScan(int row, const Scan& scan)
{
    if (row < 0 || row >= materials.size())
        return Status::failure(tr("Choose the material the scan belongs to."));
    CaseMaterial& material = materials[row];
    if (material.scans.contains(scan.sha256))
        return Status::failure(tr("This file is already attached to %1.").arg(material.name));
    material.scans.append(scan.sha256);
    material.scanFiles.append(scan);
    material.pages += scan.pages;
    if (material.state == CaseMaterial::State::Missing)
        material.state = CaseMaterial::State::Received;
    return Status::success();
}

Result<Scan> IntakeDraft::removeScan(int row, int index)
{
    using R = Result<Scan>;
    if (row < 0 || row >= materials.size())
        return R::failure(tr("Choose the material the scan belongs to."));
    CaseMaterial& material = materials[row];
    if (index < 0 || index >= material.scanFiles.size())
        return R::failure(tr("Choose the scan to remove."));
    const Scan removed = material.scanFiles.takeAt(index);
    material.scans.removeAll(removed.sha256);
    material.pages = qMax(0, material.pages - removed.pages);
    return R::success(removed);
}

bool IntakeDraft::usesFile(const QString& sha256) const
{
    for (const CaseMaterial& material : materials) {
        for (const Scan& scan : material.scanFiles) {
            if (scan.sha256 == sha256 || scan.thumbnailSha256 == sha256)
                return true;
        }
    }
    return false;
}

int IntakeDraft::ageOn(const QDate& today) const
{
    if (applicant.kind != Applicant::Kind::Person || !applicant.birthDate.isValid())
        return -1;
    return IdNumber::ageOn(applicant.birthDate, today);
}

bool IntakeDraft::greenChannel(const QDate& today) const
{
    return applicant.kind == Applicant::Kind::Person &&
           (applicant.disabled || IdNumber::isElderly(ageOn(today)));
}

Status IntakeDraft::canDecide(Decision decision, const QString& reason) const
{
    bool missing = false;
    for (const CaseMaterial& material : materials)
        missing = missing || (material.required && material.state == CaseMaterial::State::Missing);
    switch (decision) {
    case Decision::Accept:
        if (missing)
            return Status::failure(tr("Required materials are missing: ask for them all at once "
                                      "with the supplement notice, or receive them first."));
        if (!itemsWithoutGuide.isEmpty())
            return Status::failure(tr("These items have no published guide, so their materials "
                                      "are unknown: %1.")
                                       .arg(itemsWithoutGuide.join(QStringLiteral("、"))));
        return Status::success();
    case Decision::Supplement:
        if (!missing)
            return Status::failure(tr("Nothing required is missing: there is nothing to ask for."));
        return Status::success();
    case Decision::Refuse:
        if (reason.trimmed().isEmpty())
            return Status::failure(tr("A refusal states its reasons."));
        return Status::success();
    }
    return Status::failure(QString());
}

Case IntakeDraft::toCase(const QString& centerCode, int window, const QString& clerk,
                         const QDateTime& now, const QHash<QString, Guide>& guides) const
{
    Case result;
    result.centerCode = centerCode;
    result.window = window;
    result.clerk = clerk;
    result.receivedAt = now;
    result.applicant = applicant;
    result.agent = agent;
    result.itemCodes = itemCodes;
    result.sceneCode = sceneCode;
    result.materials = materials;
    result.greenChannel = greenChannel(now.toLocalTime().date());
    QStringList versions;
    for (const QString& code : itemCodes) {
        if (const Guide* guide = ChainMerger::guideFor(code, guides))
            versions.append(QStringLiteral("%1:%2").arg(code).arg(guide->version));
    }
    result.guideVersions = versions.join(QLatin1Char(' '));
    result.events.append(CaseEvent{CaseStatus::Received, now, clerk, QString()});
    return result;
}

} // namespace ow
