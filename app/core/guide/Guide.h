#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// A time limit in working days, or 即办 (decided at the counter, due the same day).
struct TimeLimit
{
    bool onTheSpot = false;
    int workingDays = 0;

    bool isValid() const { return onTheSpot ? workingDays == 0 : workingDays > 0; }
    bool operator==(const TimeLimit&) const = default;
};

// 材料形式: the form in which a material is presented.
enum class MaterialForm
{
    Original,
    Copy,
    Electronic
};

// One material a guide asks for, by its key in the materials dictionary.
struct GuideMaterial
{
    QString key;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    bool required = true;
    QString condition;     // when it is needed, for a material that is not always required
    bool waivable = false; // 免提交: an e-licence or shared data can replace it
    QString note;

    bool operator==(const GuideMaterial&) const = default;
};

struct GuideStep
{
    QString name;
    QString description;
    bool operator==(const GuideStep&) const = default;
};

struct LegalBasis
{
    QString law;
    QString article;
    bool operator==(const LegalBasis&) const = default;
};

struct Fees
{
    bool charged = false;
    QString description;
    QString basis;
    bool operator==(const Fees&) const = default;
};

// 标准化办事指南: the standardized guide of one item, one version of it.
struct Guide
{
    QString itemCode;
    int version = 0;
    QDate effectiveDate;
    QString reviewStatus; // "draft" (written from national rules, not yet reviewed) or "published"
    QString reviewNote;
    QString summary;
    QStringList conditions;
    QList<GuideMaterial> materials;
    QList<GuideStep> steps;
    TimeLimit legalLimit;
    TimeLimit promisedLimit;
    Fees fees;
    QList<LegalBasis> legalBasis;
    QString location;
    QString hours;
    int visits = 0;
    bool online = false;
    QString enquiryPhone;
    QString complaintPhone;

    bool isDraft() const { return reviewStatus != QLatin1String("published"); }
    bool operator==(const Guide&) const = default;
};

// 材料目录: one entry of the materials dictionary, shared by every guide so chains merge.
struct MaterialDefinition
{
    enum class Replacement
    {
        None,
        ELicence,
        SharedData
    };

    QString key;
    QString name;
    QString description;
    Replacement replaceableBy = Replacement::None;

    bool operator==(const MaterialDefinition&) const = default;
};

} // namespace ow
