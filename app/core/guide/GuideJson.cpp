#include "guide/GuideJson.h"
#include "validation/PhoneNumber.h"

#include "json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

namespace {

// Reads fields of one JSON object; remembers the first problem with its place.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(ow::GuideJson)

public:
    Fields(QString source, QString& error) : m_source(std::move(source)), m_error(error) {}

    bool failed() const { return !m_error.isEmpty(); }
    void fail(const QString& field, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: %2: %3").arg(m_source, field, what);
    }

    QString text(const QJsonObject& object, const QString& field, bool allowEmpty = false)
    {
        const QJsonValue value = object.value(field);
        if (!value.isString()) {
            fail(field, tr("missing or not text"));
            return QString();
        }
        if (!allowEmpty && value.toString().trimmed().isEmpty())
            fail(field, tr("empty"));
        return value.toString();
    }

    int number(const QJsonObject& object, const QString& field, int minimum)
    {
        const QJsonValue value = object.value(field);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()) ||
            value.toInt() < minimum) {
            fail(field, tr("must be a whole number of at least %1").arg(minimum));
            return minimum;
        }
        return value.toInt();
    }

    bool flag(const QJsonObject& object, const QString& field)
    {
        const QJsonValue value = object.value(field);
        if (!value.isBool())
            fail(field, tr("must be true or false"));
        return value.toBool();
    }

    QJsonArray array(const QJsonObject& object, const QString& field)
    {
        const QJsonValue value = object.value(field);
        if (!value.isArray())
            fail(field, tr("missing or not a list"));
        return value.toArray();
    }

    QJsonObject object(const QJsonObject& parent, const QString& field)
    {
        const QJsonValue value = parent.value(field);
        if (!value.isObject())
            fail(field, tr("missing or not an object"));
        return value.toObject();
    }

    TimeLimit limit(const QJsonObject& parent, const QString& field)
    {
        const QJsonObject object = this->object(parent, field);
        TimeLimit limit;
        if (failed())
            return limit;
        if (object.contains(QStringLiteral("on_the_spot"))) {
            limit.onTheSpot = flag(object, QStringLiteral("on_the_spot"));
            if (!limit.onTheSpot || object.size() != 1)
                fail(field, tr("write {\"on_the_spot\": true} or {\"working_days\": N}"));
        } else {
            const QJsonValue days = object.value(QStringLiteral("working_days"));
            limit.workingDays = days.toInt();
            if (!days.isDouble() || days.toDouble() != double(days.toInt()) || days.toInt() < 1 ||
                object.size() != 1)
                fail(field, tr("write {\"on_the_spot\": true} or {\"working_days\": N} with N a "
                               "whole number of at least 1"));
        }
        return limit;
    }

private:
    QString m_source;
    QString& m_error;
};

MaterialForm formFromText(const QString& text, bool* ok)
{
    *ok = true;
    if (text == QStringLiteral("原件"))
        return MaterialForm::Original;
    if (text == QStringLiteral("复印件"))
        return MaterialForm::Copy;
    if (text == QStringLiteral("电子"))
        return MaterialForm::Electronic;
    *ok = false;
    return MaterialForm::Original;
}

void writeLimit(JsonWriter& out, const TimeLimit& limit)
{
    out.beginObject();
    if (limit.onTheSpot)
        out.key(QStringLiteral("on_the_spot")).value(true);
    else
        out.key(QStringLiteral("working_days")).value(limit.workingDays);
    out.endObject();
}

} // namespace

QString GuideJson::formName(MaterialForm form)
{
    switch (form) {
    case MaterialForm::Original:
        return QStringLiteral("原件");
    case MaterialForm::Copy:
        return QStringLiteral("复印件");
    case MaterialForm::Electronic:
        return QStringLiteral("电子");
    }
    return QString();
}

QString GuideJson::limitText(const TimeLimit& limit)
{
    return limit.onTheSpot ? tr("on the spot")
                           : tr("%n working day(s)", nullptr, limit.workingDays);
}

Result<Guide> GuideJson::readGuide(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Guide>::failure(tr("%1: not valid JSON at byte %2: %3")
                                          .arg(sourceName)
                                          .arg(parseError.offset)
                                          .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<Guide>::failure(tr("%1: a guide must be a JSON object").arg(sourceName));
    const QJsonObject root = document.object();
    QString error;
    Fields f(sourceName, error);
    Guide guide;
    guide.itemCode = f.text(root, QStringLiteral("item"));
    guide.version = f.number(root, QStringLiteral("version"), 1);
    const QString date = f.text(root, QStringLiteral("effective_date"));
    guide.effectiveDate = QDate::fromString(date, Qt::ISODate);
    if (!f.failed() && !guide.effectiveDate.isValid())
        f.fail(QStringLiteral("effective_date"), tr("not a date of the form YYYY-MM-DD"));
    guide.reviewStatus = f.text(root, QStringLiteral("review_status"));
    if (!f.failed() && guide.reviewStatus != QLatin1String("draft") &&
        guide.reviewStatus != QLatin1String("published"))
        f.fail(QStringLiteral("review_status"), tr("must be \"draft\" or \"published\""));
    guide.reviewNote = f.text(root, QStringLiteral("review_note"), true);
    guide.summary = f.text(root, QStringLiteral("summary"));
    const QJsonArray conditions = f.array(root, QStringLiteral("conditions"));
    for (const QJsonValue& condition : conditions) {
        if (!condition.isString() || condition.toString().trimmed().isEmpty())
            f.fail(QStringLiteral("conditions"), tr("every condition is a non-empty text"));
        guide.conditions.append(condition.toString());
    }
    const QJsonArray materials = f.array(root, QStringLiteral("materials"));
    for (int i = 0; i < materials.size() && !f.failed(); ++i) {
        const QJsonObject object = materials.at(i).toObject();
        const QString where = QStringLiteral("materials[%1]").arg(i);
        GuideMaterial material;
        material.key = f.text(object, QStringLiteral("key"));
        bool formOk = false;
        material.form = formFromText(f.text(object, QStringLiteral("form")), &formOk);
        if (!f.failed() && !formOk)
            f.fail(where, tr("form must be 原件, 复印件 or 电子"));
        material.copies = f.number(object, QStringLiteral("copies"), 1);
        material.required = f.flag(object, QStringLiteral("required"));
        material.condition = f.text(object, QStringLiteral("condition"), true);
        if (!f.failed() && !material.required && material.condition.trimmed().isEmpty())
            f.fail(where, tr("a material that is not always required needs its condition"));
        material.waivable = f.flag(object, QStringLiteral("waivable"));
        material.note = f.text(object, QStringLiteral("note"), true);
        for (const GuideMaterial& earlier : std::as_const(guide.materials)) {
            if (!f.failed() && earlier.key == material.key)
                f.fail(where, tr("material %1 is listed twice").arg(material.key));
        }
        guide.materials.append(material);
    }
    const QJsonArray steps = f.array(root, QStringLiteral("steps"));
    for (int i = 0; i < steps.size() && !f.failed(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        guide.steps.append(GuideStep{f.text(object, QStringLiteral("name")),
                                     f.text(object, QStringLiteral("description"))});
    }
    guide.legalLimit = f.limit(root, QStringLiteral("legal_limit"));
    guide.promisedLimit = f.limit(root, QStringLiteral("promised_limit"));
    if (!f.failed() && !guide.legalLimit.onTheSpot && !guide.promisedLimit.onTheSpot &&
        guide.promisedLimit.workingDays > guide.legalLimit.workingDays)
        f.fail(QStringLiteral("promised_limit"), tr("the promised limit exceeds the legal one"));
    if (!f.failed() && guide.legalLimit.onTheSpot && !guide.promisedLimit.onTheSpot)
        f.fail(QStringLiteral("promised_limit"), tr("the promised limit exceeds the legal one"));
    const QJsonObject fees = f.object(root, QStringLiteral("fees"));
    if (!f.failed()) {
        guide.fees.charged = f.flag(fees, QStringLiteral("charged"));
        guide.fees.description = f.text(fees, QStringLiteral("description"));
        guide.fees.basis = f.text(fees, QStringLiteral("basis"), true);
    }
    const QJsonArray basis = f.array(root, QStringLiteral("legal_basis"));
    for (int i = 0; i < basis.size() && !f.failed(); ++i) {
        const QJsonObject object = basis.at(i).toObject();
        guide.legalBasis.append(LegalBasis{f.text(object, QStringLiteral("law")),
                                           f.text(object, QStringLiteral("article"), true)});
    }
    if (!f.failed() && guide.legalBasis.isEmpty())
        f.fail(QStringLiteral("legal_basis"), tr("a guide names at least one legal basis"));
    guide.location = f.text(root, QStringLiteral("location"));
    guide.hours = f.text(root, QStringLiteral("hours"));
    guide.visits = f.number(root, QStringLiteral("visits"), 0);
    guide.online = f.flag(root, QStringLiteral("online"));
    const QJsonObject phones = f.object(root, QStringLiteral("phones"));
    if (!f.failed()) {
        guide.enquiryPhone = f.text(phones, QStringLiteral("enquiry"));
        guide.complaintPhone = f.text(phones, QStringLiteral("complaint"));
    }
    for (const auto& [field, phone] :
         {std::pair{QStringLiteral("phones.enquiry"), guide.enquiryPhone},
          std::pair{QStringLiteral("phones.complaint"), guide.complaintPhone}})
        if (!f.failed())
            if (const PhoneCheck checked = PhoneNumber::checkPublic(phone); !checked.valid)
                f.fail(field, checked.message);
    if (f.failed())
        return Result<Guide>::failure(error);
    return Result<Guide>::success(std::move(guide));
}

void GuideJson::writeGuideFields(JsonWriter& out, const Guide& guide, const Dictionary* dictionary)
{
    out.key(QStringLiteral("version")).value(guide.version);
    out.key(QStringLiteral("effective_date")).value(guide.effectiveDate.toString(Qt::ISODate));
    out.key(QStringLiteral("review_status")).value(guide.reviewStatus);
    out.key(QStringLiteral("review_note")).value(guide.reviewNote);
    out.key(QStringLiteral("summary")).value(guide.summary);
    out.key(QStringLiteral("conditions")).value(guide.conditions);
    out.key(QStringLiteral("materials")).beginArray();
    for (const GuideMaterial& material : guide.materials) {
        out.beginObject();
        out.key(QStringLiteral("key")).value(material.key);
        if (dictionary)
            out.key(QStringLiteral("name")).value(dictionary->value(material.key).name);
        out.key(QStringLiteral("form")).value(formName(material.form));
        out.key(QStringLiteral("copies")).value(material.copies);
        out.key(QStringLiteral("required")).value(material.required);
        out.key(QStringLiteral("condition")).value(material.condition);
        out.key(QStringLiteral("waivable")).value(material.waivable);
        out.key(QStringLiteral("note")).value(material.note);
        out.endObject();
    }
    out.endArray();
    out.key(QStringLiteral("steps")).beginArray();
    for (const GuideStep& step : guide.steps) {
        out.beginObject().key(QStringLiteral("name")).value(step.name);
        out.key(QStringLiteral("description")).value(step.description).endObject();
    }
    out.endArray();
    out.key(QStringLiteral("legal_limit"));
    writeLimit(out, guide.legalLimit);
    out.key(QStringLiteral("promised_limit"));
    writeLimit(out, guide.promisedLimit);
    out.key(QStringLiteral("fees")).beginObject();
    out.key(QStringLiteral("charged")).value(guide.fees.charged);
    out.key(QStringLiteral("description")).value(guide.fees.description);
    out.key(QStringLiteral("basis")).value(guide.fees.basis).endObject();
    out.key(QStringLiteral("legal_basis")).beginArray();
    for (const LegalBasis& basis : guide.legalBasis) {
        out.beginObject().key(QStringLiteral("law")).value(basis.law);
        out.key(QStringLiteral("article")).value(basis.article).endObject();
    }
    out.endArray();
    out.key(QStringLiteral("location")).value(guide.location);
    out.key(QStringLiteral("hours")).value(guide.hours);
    out.key(QStringLiteral("visits")).value(guide.visits);
    out.key(QStringLiteral("online")).value(guide.online);
    out.key(QStringLiteral("phones")).beginObject();
    out.key(QStringLiteral("enquiry")).value(guide.enquiryPhone);
    out.key(QStringLiteral("complaint")).value(guide.complaintPhone).endObject();
}

QByteArray GuideJson::writeGuide(const Guide& guide)
{
    JsonWriter out;
    out.beginObject().key(QStringLiteral("item")).value(guide.itemCode);
    writeGuideFields(out, guide, nullptr);
    out.endObject();
    return out.toUtf8();
}

Result<GuideJson::Dictionary> GuideJson::readMaterials(const QByteArray& json,
                                                       const QString& sourceName)
{
    using R = Result<Dictionary>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("%1: not valid JSON at byte %2: %3")
                              .arg(sourceName)
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    QString error;
    Fields f(sourceName, error);
    Dictionary dictionary;
    const QJsonArray materials = f.array(document.object(), QStringLiteral("materials"));
    for (int i = 0; i < materials.size() && !f.failed(); ++i) {
        const QJsonObject object = materials.at(i).toObject();
        MaterialDefinition definition;
        definition.key = f.text(object, QStringLiteral("key"));
        definition.name = f.text(object, QStringLiteral("name"));
        definition.description = f.text(object, QStringLiteral("description"), true);
        const QJsonValue replaceable = object.value(QStringLiteral("replaceable_by"));
        if (replaceable.isNull())
            definition.replaceableBy = MaterialDefinition::Replacement::None;
        else if (replaceable.toString() == QLatin1String("e_licence"))
            definition.replaceableBy = MaterialDefinition::Replacement::ELicence;
        else if (replaceable.toString() == QLatin1String("shared_data"))
            definition.replaceableBy = MaterialDefinition::Replacement::SharedData;
        else
            f.fail(QStringLiteral("materials[%1].replaceable_by").arg(i),
                   tr("must be \"e_licence\", \"shared_data\" or null"));
        if (!f.failed() && dictionary.contains(definition.key))
            f.fail(QStringLiteral("materials[%1]").arg(i),
                   tr("key %1 is defined twice").arg(definition.key));
        dictionary.insert(definition.key, definition);
    }
    if (!f.failed() && dictionary.isEmpty())
        f.fail(QStringLiteral("materials"), tr("the dictionary is empty"));
    if (f.failed())
        return R::failure(error);
    return R::success(std::move(dictionary));
}

Status GuideJson::checkAgainst(const Guide& guide, const Dictionary& dictionary,
                               const QString& sourceName)
{
    for (const GuideMaterial& material : guide.materials) {
        const auto definition = dictionary.constFind(material.key);
        if (definition == dictionary.cend())
            return Status::failure(tr("%1: material key %2 is not in the materials dictionary")
                                       .arg(sourceName, material.key));
        if (material.waivable && definition->replaceableBy == MaterialDefinition::Replacement::None)
            return Status::failure(tr("%1: material %2 is marked waivable, but the dictionary "
                                      "names nothing that can replace it")
                                       .arg(sourceName, material.key));
    }
    return Status::success();
}

} // namespace ow
