#include "cases/IntakeDraftJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace ow {

namespace {

QString stateKey(CaseMaterial::State state)
{
    switch (state) {
    case CaseMaterial::State::Missing:
        return QStringLiteral("missing");
    case CaseMaterial::State::Received:
        return QStringLiteral("received");
    case CaseMaterial::State::Waived:
        return QStringLiteral("waived");
    }
    return QString();
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list)
        array.append(text);
    return array;
}

// Reads one object strictly; the first problem is kept with the path of the field.
class Reader
{
public:
    QString problem;

    bool failed() const { return !problem.isEmpty(); }

    void fail(const QString& path, const QString& what)
    {
        if (problem.isEmpty())
            problem = IntakeDraftJson::tr("The field \"%1\" %2.").arg(path, what);
    }

    QJsonValue field(const QJsonObject& object, const QString& path, const QString& key)
    {
        if (!object.contains(key)) {
            fail(path + key, IntakeDraftJson::tr("is missing"));
            return {};
        }
        return object.value(key);
    }

    QString text(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = field(object, path, key);
        if (!failed() && !value.isString())
            fail(path + key, IntakeDraftJson::tr("is not text"));
        return value.toString();
    }

    bool flag(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = field(object, path, key);
        if (!failed() && !value.isBool())
            fail(path + key, IntakeDraftJson::tr("is not true or false"));
        return value.toBool();
    }

    int count(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = field(object, path, key);
        const double number = value.toDouble(-1);
        // Range first: converting a number beyond int to int is undefined (the fuzzer found it).
        const bool whole =
            value.isDouble() && number >= 0 && number <= 9999 && number == std::floor(number);
        if (!failed() && !whole)
            fail(path + key, IntakeDraftJson::tr("is not a whole number from 0 to 9999"));
        return whole ? int(number) : 0;
    }

    QJsonObject object(const QJsonObject& parent, const QString& path, const QString& key)
    {
        const QJsonValue value = field(parent, path, key);
        if (!failed() && !value.isObject())
            fail(path + key, IntakeDraftJson::tr("is not an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject& parent, const QString& path, const QString& key)
    {
        const QJsonValue value = field(parent, path, key);
        if (!failed() && !value.isArray())
            fail(path + key, IntakeDraftJson::tr("is not a list"));
        return value.toArray();
    }

    QStringList texts(const QJsonObject& parent, const QString& path, const QString& key)
    {
        const QJsonArray values = array(parent, path, key);
        QStringList result;
        for (qsizetype i = 0; i < values.size() && !failed(); ++i) {
            if (!values.at(i).isString())
                fail(QStringLiteral("%1%2[%3]").arg(path, key).arg(i),
                     IntakeDraftJson::tr("is not text"));
            result.append(values.at(i).toString());
        }
        return result;
    }
};

} // namespace

QByteArray IntakeDraftJson::toJson(const IntakeDraft& draft, const QString& note)
{
    const Applicant& a = draft.applicant;
    QJsonObject applicant{
        {QStringLiteral("kind"), a.kind == Applicant::Kind::Enterprise
                                     ? QStringLiteral("enterprise")
                                     : QStringLiteral("person")},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("identifier"), a.identifier},
        {QStringLiteral("phone"), a.phone},
        {QStringLiteral("address"), a.address},
        {QStringLiteral("disabled"), a.disabled},
        {QStringLiteral("disabilityCertificate"), a.disabilityCertificate},
        {QStringLiteral("legalRepresentative"), a.legalRepresentative},
        {QStringLiteral("contactName"), a.contactName},
    };
    QJsonValue agent;
    if (draft.agent)
        agent = QJsonObject{{QStringLiteral("name"), draft.agent->name},
                            {QStringLiteral("idNumber"), draft.agent->idNumber},
                            {QStringLiteral("phone"), draft.agent->phone},
                            {QStringLiteral("authorization"), draft.agent->authorization}};
    QJsonArray materials;
    for (const CaseMaterial& m : draft.materials)
        materials.append(QJsonObject{{QStringLiteral("key"), m.key},
                                     {QStringLiteral("state"), stateKey(m.state)},
                                     {QStringLiteral("pages"), m.pages},
                                     {QStringLiteral("scans"), stringArray(m.scans)},
                                     {QStringLiteral("note"), m.note}});
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(FormatName)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("agent"), agent.isUndefined() ? QJsonValue(QJsonValue::Null) : agent},
        {QStringLiteral("items"), stringArray(draft.itemCodes)},
        {QStringLiteral("scene"), draft.sceneCode},
        {QStringLiteral("materials"), materials},
        {QStringLiteral("note"), note},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<IntakeDraftJson::Saved> IntakeDraftJson::fromJson(const QByteArray& json)
{
    using R = Result<Saved>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("The draft is not valid JSON: %1 at byte %2.")
                              .arg(error.errorString())
                              .arg(error.offset));
    if (!document.isObject())
        return R::failure(tr("The draft is not a JSON object."));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return R::failure(tr("The draft is not an intake draft of OneWindow."));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return R::failure(tr("The draft has no format version."));
    if (version.toInt() < Version)
        return R::failure(tr("The draft was saved in an older format (version %1); this "
                             "OneWindow reads version %2 only.")
                              .arg(version.toInt())
                              .arg(Version));
    if (version.toInt() > Version)
        return R::failure(tr("The draft was saved by a newer OneWindow (format version %1); "
                             "this one reads version %2 only.")
                              .arg(version.toInt())
                              .arg(Version));

    Reader read;
    Saved saved;
    IntakeDraft& draft = saved.draft;
    const QString ap = QStringLiteral("applicant.");
    const QJsonObject applicant = read.object(root, QString(), QStringLiteral("applicant"));
    const QString kind = read.text(applicant, ap, QStringLiteral("kind"));
    if (!read.failed() && kind != QLatin1String("person") && kind != QLatin1String("enterprise"))
        read.fail(ap + QStringLiteral("kind"), tr("is neither person nor enterprise"));
    Applicant& a = draft.applicant;
    a.kind =
        kind == QLatin1String("enterprise") ? Applicant::Kind::Enterprise : Applicant::Kind::Person;
    a.name = read.text(applicant, ap, QStringLiteral("name"));
    a.identifier = read.text(applicant, ap, QStringLiteral("identifier"));
    a.phone = read.text(applicant, ap, QStringLiteral("phone"));
    a.address = read.text(applicant, ap, QStringLiteral("address"));
    a.disabled = read.flag(applicant, ap, QStringLiteral("disabled"));
    a.disabilityCertificate = read.text(applicant, ap, QStringLiteral("disabilityCertificate"));
    a.legalRepresentative = read.text(applicant, ap, QStringLiteral("legalRepresentative"));
    a.contactName = read.text(applicant, ap, QStringLiteral("contactName"));

    const QJsonValue agent = read.field(root, QString(), QStringLiteral("agent"));
    if (!read.failed() && !agent.isNull()) {
        if (!agent.isObject()) {
            read.fail(QStringLiteral("agent"), tr("is neither an object nor null"));
        } else {
            const QString gp = QStringLiteral("agent.");
            const QJsonObject object = agent.toObject();
            Agent who;
            who.name = read.text(object, gp, QStringLiteral("name"));
            who.idNumber = read.text(object, gp, QStringLiteral("idNumber"));
            who.phone = read.text(object, gp, QStringLiteral("phone"));
            who.authorization = read.text(object, gp, QStringLiteral("authorization"));
            draft.agent = who;
        }
    }
    draft.itemCodes = read.texts(root, QString(), QStringLiteral("items"));
    draft.sceneCode = read.text(root, QString(), QStringLiteral("scene"));
    const QJsonArray materials = read.array(root, QString(), QStringLiteral("materials"));
    for (qsizetype i = 0; i < materials.size() && !read.failed(); ++i) {
        const QString mp = QStringLiteral("materials[%1].").arg(i);
        if (!materials.at(i).isObject()) {
            read.fail(mp.chopped(1), tr("is not an object"));
            break;
        }
        const QJsonObject object = materials.at(i).toObject();
        CaseMaterial m;
        m.key = read.text(object, mp, QStringLiteral("key"));
        const QString state = read.text(object, mp, QStringLiteral("state"));
        bool known = false;
        for (const auto candidate : {CaseMaterial::State::Missing, CaseMaterial::State::Received,
                                     CaseMaterial::State::Waived}) {
            if (state == stateKey(candidate)) {
                m.state = candidate;
                known = true;
            }
        }
        if (!read.failed() && !known)
            read.fail(mp + QStringLiteral("state"),
                      tr("is \"%1\", not one of received, missing, waived").arg(state.left(40)));
        m.pages = read.count(object, mp, QStringLiteral("pages"));
        m.scans = read.texts(object, mp, QStringLiteral("scans"));
        m.note = read.text(object, mp, QStringLiteral("note"));
        draft.materials.append(m);
    }
    saved.note = read.text(root, QString(), QStringLiteral("note"));
    if (read.failed())
        return R::failure(tr("The draft is damaged: %1").arg(read.problem));
    return R::success(std::move(saved));
}

} // namespace ow
