#include "cases/Case.h"

namespace ow {

CaseStatus Case::status() const
{
    const Result<CaseStatus> status = CaseLifecycle::statusOf(events);
    return status ? status.value() : CaseStatus::Received;
}

QList<const CaseMaterial*> Case::missingMaterials() const
{
    QList<const CaseMaterial*> missing;
    for (const CaseMaterial& material : materials) {
        if (material.state == CaseMaterial::State::Missing && material.required)
            missing.append(&material);
    }
    return missing;
}

} // namespace ow
