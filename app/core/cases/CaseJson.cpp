#include "cases/CaseJson.h"

#include "cases/CaseNumber.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"
#include "validation/PhoneNumber.h"
#include "json/JsonWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace ow {

namespace {

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

void writeDate(JsonWriter& out, const QDate& date)
{
    if (date.isValid())
        out.value(date.toString(Qt::ISODate));
    else
        out.null();
}

QString kindKey(Applicant::Kind kind)
{
    return kind == Applicant::Kind::Enterprise ? QStringLiteral("enterprise")
                                               : QStringLiteral("person");
}

// Reads one document, remembering the first problem with its JSON path. Every accessor returns
// nothing once something failed, so the caller can stop at the first empty optional.
class Reader
{
public:
    QString error;

    bool fail(const QString& path, QString what)
    {
        // Messages of other classes end a sentence; here they are a clause of one.
        while (what.endsWith(u'.') || what.endsWith(u'。'))
            what.chop(1);
        if (error.isEmpty())
            error = path.isEmpty() ? what : CaseJson::tr("%1: %2").arg(path, what);
        return false;
    }

    static QString at(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString at(const QString& path, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    // The object's keys must all be known ones.
    bool onlyKnown(const QJsonObject& object, const QString& path, const QStringList& known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(at(path, it.key()), CaseJson::tr("unknown field"));
        }
        return true;
    }

    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            fail(path, CaseJson::tr("must be an object {…}"));
            return std::nullopt;
        }
        return value.toObject();
    }

    // A field that must be there.
    bool has(const QJsonObject& object, const QString& path, const QString& key)
    {
        if (!object.contains(key))
            return fail(at(path, key), CaseJson::tr("missing"));
        return true;
    }

    std::optional<QString> text(const QJsonObject& object, const QString& path, const QString& key,
                                bool required, bool nonEmpty = false)
    {
        if (!object.contains(key)) {
            if (required) {
                fail(at(path, key), CaseJson::tr("missing"));
                return std::nullopt;
            }
            return QString();
        }
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            fail(at(path, key), CaseJson::tr("must be a string"));
            return std::nullopt;
        }
        if (nonEmpty && value.toString().trimmed().isEmpty()) {
            fail(at(path, key), CaseJson::tr("must not be empty"));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<int> number(const QJsonObject& object, const QString& path, const QString& key,
                              bool required, int fallback, int low, int high)
    {
        if (!object.contains(key)) {
            if (required) {
                fail(at(path, key), CaseJson::tr("missing"));
                return std::nullopt;
            }
            return fallback;
        }
        const QJsonValue value = object.value(key);
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || d != std::trunc(d) || d < low || d > high) {
            fail(at(path, key),
                 CaseJson::tr("must be a whole number from %1 to %2").arg(low).arg(high));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<bool> flag(const QJsonObject& object, const QString& path, const QString& key,
                             bool fallback)
    {
        if (!object.contains(key))
            return fallback;
        const QJsonValue value = object.value(key);
        if (!value.isBool()) {
            fail(at(path, key), CaseJson::tr("must be true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<QStringList> texts(const QJsonObject& object, const QString& path,
                                     const QString& key, bool required)
    {
        if (!object.contains(key)) {
            if (required) {
                fail(at(path, key), CaseJson::tr("missing"));
                return std::nullopt;
            }
            return QStringList();
        }
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            fail(at(path, key), CaseJson::tr("must be an array of strings"));
            return std::nullopt;
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(at(at(path, key), i), CaseJson::tr("must be a string"));
                return std::nullopt;
            }
            list.append(array.at(i).toString());
        }
        return list;
    }

    // A date YYYY-MM-DD or null (an invalid QDate); a missing field is null.
    std::optional<QDate> date(const QJsonObject& object, const QString& path, const QString& key)
    {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return QDate();
        const QDate parsed = value.isString() && pattern.match(value.toString()).hasMatch()
                                 ? QDate::fromString(value.toString(), Qt::ISODate)
                                 : QDate();
        if (!parsed.isValid()) {
            fail(at(path, key), CaseJson::tr("must be a date YYYY-MM-DD or null"));
            return std::nullopt;
        }
        return parsed;
    }

    // An ISO 8601 time with its zone (Z or ±hh:mm), returned in UTC.
    std::optional<QDateTime> time(const QJsonObject& object, const QString& path,
                                  const QString& key)
    {
        static const QRegularExpression pattern(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
        if (!has(object, path, key))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        QDateTime parsed;
        if (value.isString() && pattern.match(value.toString()).hasMatch())
            parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            fail(at(path, key),
                 CaseJson::tr("must be a time in ISO 8601 with its zone, e.g. "
                              "2026-11-30T09:15:00.000+08:00 or 2026-11-30T01:15:00.000Z"));
            return std::nullopt;
        }
        return parsed.toUTC();
    }

    std::optional<Applicant> applicant(const QJsonValue& value, const QString& path,
                                       const QDate& day);
    std::optional<Agent> agent(const QJsonObject& object, const QString& path, const QDate& day);
    std::optional<CaseMaterial> material(const QJsonValue& value, const QString& path);
    std::optional<CaseEvent> event(const QJsonValue& value, const QString& path);
    std::optional<Case> oneCase(const QJsonValue& value, const QString& path);
};

std::optional<Applicant> Reader::applicant(const QJsonValue& value, const QString& path,
                                           const QDate& day)
{
    const std::optional<QJsonObject> o = object(value, path);
    if (!o || !onlyKnown(*o, path,
                         {QStringLiteral("kind"), QStringLiteral("name"),
                          QStringLiteral("identifier"), QStringLiteral("phone"),
                          QStringLiteral("address"), QStringLiteral("birth_date"),
                          QStringLiteral("disabled"), QStringLiteral("disability_certificate"),
                          QStringLiteral("legal_representative"), QStringLiteral("contact_name")}))
        return std::nullopt;
    Applicant a;
    const std::optional<QString> kind = text(*o, path, QStringLiteral("kind"), true);
    if (!kind)
        return std::nullopt;
    if (*kind == QLatin1String("person"))
        a.kind = Applicant::Kind::Person;
    else if (*kind == QLatin1String("enterprise"))
        a.kind = Applicant::Kind::Enterprise;
    else {
        fail(at(path, QStringLiteral("kind")),
             CaseJson::tr("must be \"person\" or \"enterprise\", not \"%1\"").arg(*kind));
        return std::nullopt;
    }
    const auto name = text(*o, path, QStringLiteral("name"), true, true);
    const auto identifier =
        name ? text(*o, path, QStringLiteral("identifier"), true) : std::nullopt;
    if (!identifier)
        return std::nullopt;
    a.name = *name;
    const QString idPath = at(path, QStringLiteral("identifier"));
    QDate birth;
    if (a.kind == Applicant::Kind::Person) {
        const IdNumberCheck id = IdNumber::check(*identifier, day);
        if (!id.valid) {
            fail(idPath, id.message);
            return std::nullopt;
        }
        a.identifier = id.normalized;
        birth = id.birthDate;
    } else {
        const CreditCodeCheck code = CreditCode::check(*identifier);
        if (code.verdict == CreditCodeCheck::Verdict::Invalid) {
            fail(idPath, code.message);
            return std::nullopt;
        }
        a.identifier = code.normalized; // a wrong check character only warns, as at the counter
    }
    const auto phone = text(*o, path, QStringLiteral("phone"), false);
    if (!phone)
        return std::nullopt;
    if (!phone->trimmed().isEmpty()) {
        const PhoneCheck check = PhoneNumber::check(*phone);
        if (!check.valid) {
            fail(at(path, QStringLiteral("phone")), check.message);
            return std::nullopt;
        }
        a.phone = check.normalized;
    }
    const auto address = text(*o, path, QStringLiteral("address"), false);
    const auto birthDate = address ? date(*o, path, QStringLiteral("birth_date")) : std::nullopt;
    const auto disabled =
        birthDate ? flag(*o, path, QStringLiteral("disabled"), false) : std::nullopt;
    const auto certificate =
        disabled ? text(*o, path, QStringLiteral("disability_certificate"), false) : std::nullopt;
    const auto representative =
        certificate ? text(*o, path, QStringLiteral("legal_representative"), false) : std::nullopt;
    const auto contact =
        representative ? text(*o, path, QStringLiteral("contact_name"), false) : std::nullopt;
    if (!contact)
        return std::nullopt;
    if (birthDate->isValid() && birthDate != birth) {
        fail(at(path, QStringLiteral("birth_date")),
             a.kind == Applicant::Kind::Person
                 ? CaseJson::tr("differs from the birth date in the resident ID number")
                 : CaseJson::tr("an enterprise has no birth date: use null"));
        return std::nullopt;
    }
    a.address = *address;
    a.birthDate = *birthDate;
    a.disabled = *disabled;
    a.disabilityCertificate = *certificate;
    a.legalRepresentative = *representative;
    a.contactName = *contact;
    return a;
}

std::optional<Agent> Reader::agent(const QJsonObject& o, const QString& path, const QDate& day)
{
    if (!onlyKnown(o, path,
                   {QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("phone"),
                    QStringLiteral("authorization")}))
        return std::nullopt;
    const auto name = text(o, path, QStringLiteral("name"), true, true);
    const auto idNumber = name ? text(o, path, QStringLiteral("id_number"), true) : std::nullopt;
    if (!idNumber)
        return std::nullopt;
    const IdNumberCheck id = IdNumber::check(*idNumber, day);
    if (!id.valid) {
        fail(at(path, QStringLiteral("id_number")), id.message);
        return std::nullopt;
    }
    const auto phone = text(o, path, QStringLiteral("phone"), false);
    if (!phone)
        return std::nullopt;
    Agent a{*name, id.normalized, QString(), QString()};
    if (!phone->trimmed().isEmpty()) {
        const PhoneCheck check = PhoneNumber::check(*phone);
        if (!check.valid) {
            fail(at(path, QStringLiteral("phone")), check.message);
            return std::nullopt;
        }
        a.phone = check.normalized;
    }
    const auto authorization = text(o, path, QStringLiteral("authorization"), true, true);
    if (!authorization)
        return std::nullopt;
    a.authorization = *authorization;
    return a;
}

std::optional<CaseMaterial> Reader::material(const QJsonValue& value, const QString& path)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    const std::optional<QJsonObject> o = object(value, path);
    if (!o ||
        !onlyKnown(*o, path,
                   {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("form"),
                    QStringLiteral("copies"), QStringLiteral("required"),
                    QStringLiteral("conditions"), QStringLiteral("items"), QStringLiteral("state"),
                    QStringLiteral("pages"), QStringLiteral("scans"), QStringLiteral("note")}))
        return std::nullopt;
    CaseMaterial m;
    const auto key = text(*o, path, QStringLiteral("key"), true, true);
    const auto name = key ? text(*o, path, QStringLiteral("name"), true, true) : std::nullopt;
    const auto form = name ? text(*o, path, QStringLiteral("form"), true) : std::nullopt;
    if (!form)
        return std::nullopt;
    const std::optional<MaterialForm> parsedForm = CaseJson::formFromKey(*form);
    if (!parsedForm) {
        fail(at(path, QStringLiteral("form")),
             CaseJson::tr("must be \"原件\", \"复印件\" or \"电子\", not \"%1\"").arg(*form));
        return std::nullopt;
    }
    const auto copies = number(*o, path, QStringLiteral("copies"), false, 1, 0, 99);
    const auto required = copies ? flag(*o, path, QStringLiteral("required"), true) : std::nullopt;
    const auto conditions =
        required ? texts(*o, path, QStringLiteral("conditions"), false) : std::nullopt;
    const auto items = conditions ? texts(*o, path, QStringLiteral("items"), false) : std::nullopt;
    const auto state = items ? text(*o, path, QStringLiteral("state"), true) : std::nullopt;
    if (!state)
        return std::nullopt;
    const std::optional<CaseMaterial::State> parsedState = CaseJson::stateFromKey(*state);
    if (!parsedState) {
        fail(at(path, QStringLiteral("state")),
             CaseJson::tr("must be \"received\", \"missing\" or \"waived\", not \"%1\"")
                 .arg(*state));
        return std::nullopt;
    }
    const auto pages = number(*o, path, QStringLiteral("pages"), false, 0, 0, 1000000);
    const auto scans = pages ? texts(*o, path, QStringLiteral("scans"), false) : std::nullopt;
    if (!scans)
        return std::nullopt;
    for (qsizetype i = 0; i < scans->size(); ++i) {
        if (!sha256.match(scans->at(i)).hasMatch()) {
            fail(at(at(path, QStringLiteral("scans")), i),
                 CaseJson::tr("must be the SHA-256 of a scan (64 lower-case hex digits)"));
            return std::nullopt;
        }
    }
    const auto note = text(*o, path, QStringLiteral("note"), false);
    if (!note)
        return std::nullopt;
    m.key = *key;
    m.name = *name;
    m.form = *parsedForm;
    m.copies = *copies;
    m.required = *required;
    m.conditions = *conditions;
    m.itemCodes = *items;
    m.state = *parsedState;
    m.pages = *pages;
    m.scans = *scans;
    m.note = *note;
    return m;
}

std::optional<CaseEvent> Reader::event(const QJsonValue& value, const QString& path)
{
    const std::optional<QJsonObject> o = object(value, path);
    if (!o || !onlyKnown(*o, path,
                         {QStringLiteral("status"), QStringLiteral("at"), QStringLiteral("user"),
                          QStringLiteral("note")}))
        return std::nullopt;
    const auto status = text(*o, path, QStringLiteral("status"), true);
    if (!status)
        return std::nullopt;
    const std::optional<CaseStatus> to = CaseLifecycle::fromKey(*status);
    if (!to) {
        QStringList keys;
        for (const CaseStatus s : CaseLifecycle::all())
            keys.append(CaseLifecycle::key(s));
        fail(at(path, QStringLiteral("status")),
             CaseJson::tr("\"%1\" is not a status (%2)")
                 .arg(*status, keys.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const auto when = time(*o, path, QStringLiteral("at"));
    const auto user = when ? text(*o, path, QStringLiteral("user"), true, true) : std::nullopt;
    const auto note = user ? text(*o, path, QStringLiteral("note"), false) : std::nullopt;
    if (!note)
        return std::nullopt;
    return CaseEvent{*to, *when, *user, *note};
}

std::optional<Case> Reader::oneCase(const QJsonValue& value, const QString& path)
{
    const std::optional<QJsonObject> o = object(value, path);
    if (!o ||
        !onlyKnown(*o, path,
                   {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("status"),
                    QStringLiteral("center"), QStringLiteral("window"), QStringLiteral("clerk"),
                    QStringLiteral("received_at"), QStringLiteral("applicant"),
                    QStringLiteral("agent"), QStringLiteral("items"), QStringLiteral("scene"),
                    QStringLiteral("guide_versions"), QStringLiteral("green_channel"),
                    QStringLiteral("materials"), QStringLiteral("decision"),
                    QStringLiteral("events")}))
        return std::nullopt;
    Case c;
    const auto id = text(*o, path, QStringLiteral("id"), true);
    if (!id)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(*id);
    if (id->size() != 36 || uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != *id) {
        fail(at(path, QStringLiteral("id")),
             CaseJson::tr(
                 "must be a UUID in lower case, e.g. 3f2a6857-1632-4770-8614-b9c0d1e2f3a4"));
        return std::nullopt;
    }
    c.id = *id;
    const auto number = text(*o, path, QStringLiteral("number"), true);
    const auto center = number ? text(*o, path, QStringLiteral("center"), true) : std::nullopt;
    const auto window =
        center ? this->number(*o, path, QStringLiteral("window"), true, 0, 1, 999) : std::nullopt;
    const auto clerk = window ? text(*o, path, QStringLiteral("clerk"), true, true) : std::nullopt;
    const auto receivedAt = clerk ? time(*o, path, QStringLiteral("received_at")) : std::nullopt;
    if (!receivedAt)
        return std::nullopt;
    const std::optional<CaseNumber> parsed = CaseNumber::parse(*number);
    if (!parsed || parsed->text() != *number) {
        fail(at(path, QStringLiteral("number")),
             CaseJson::tr("\"%1\" is not a case number (centre-window-date-sequence, e.g. "
                          "XC01-03-20261130-0007)")
                 .arg(*number));
        return std::nullopt;
    }
    if (parsed->centerCode != *center || parsed->window != *window) {
        fail(at(path, QStringLiteral("number")),
             CaseJson::tr("%1 does not belong to centre \"%2\", window %3")
                 .arg(*number, *center)
                 .arg(*window));
        return std::nullopt;
    }
    // The number carries the local day of receipt: wherever the hall is (UTC−12 to UTC+14),
    // received_at falls on that day there.
    if (receivedAt->addSecs(14 * 3600).date() < parsed->date ||
        receivedAt->addSecs(-12 * 3600).date() > parsed->date) {
        fail(at(path, QStringLiteral("received_at")),
             CaseJson::tr("%1 is not on the day of the case number %2")
                 .arg(timeText(*receivedAt), *number));
        return std::nullopt;
    }
    c.number = *number;
    c.centerCode = *center;
    c.window = *window;
    c.clerk = *clerk;
    c.receivedAt = *receivedAt;
    const QDate day = parsed->date;

    if (!has(*o, path, QStringLiteral("applicant")))
        return std::nullopt;
    const std::optional<Applicant> applicant = this->applicant(
        o->value(QStringLiteral("applicant")), at(path, QStringLiteral("applicant")), day);
    if (!applicant)
        return std::nullopt;
    c.applicant = *applicant;

    const QJsonValue agentValue = o->value(QStringLiteral("agent"));
    if (!agentValue.isUndefined() && !agentValue.isNull()) {
        const QString agentPath = at(path, QStringLiteral("agent"));
        const std::optional<QJsonObject> agentObject = object(agentValue, agentPath);
        if (!agentObject)
            return std::nullopt;
        const std::optional<Agent> agent = this->agent(*agentObject, agentPath, day);
        if (!agent)
            return std::nullopt;
        c.agent = *agent;
    }

    const auto items = texts(*o, path, QStringLiteral("items"), true);
    if (!items)
        return std::nullopt;
    if (items->isEmpty()) {
        fail(at(path, QStringLiteral("items")), CaseJson::tr("a case needs at least one item"));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString& code = items->at(i);
        const QString itemPath = at(at(path, QStringLiteral("items")), i);
        if (code.trimmed().isEmpty() || code.trimmed() != code) {
            fail(itemPath, CaseJson::tr("must be an item code such as E001 or P063.2"));
            return std::nullopt;
        }
        if (items->indexOf(code) != i) {
            fail(itemPath, CaseJson::tr("%1 is listed twice").arg(code));
            return std::nullopt;
        }
    }
    c.itemCodes = *items;
    const auto scene = text(*o, path, QStringLiteral("scene"), false);
    const auto versions =
        scene ? text(*o, path, QStringLiteral("guide_versions"), false) : std::nullopt;
    const auto green =
        versions ? flag(*o, path, QStringLiteral("green_channel"), false) : std::nullopt;
    if (!green)
        return std::nullopt;
    c.sceneCode = *scene;
    c.guideVersions = *versions;
    c.greenChannel = *green;

    const QJsonValue materials = o->value(QStringLiteral("materials"));
    const QString materialsPath = at(path, QStringLiteral("materials"));
    if (!materials.isUndefined() && !materials.isArray()) {
        fail(materialsPath, CaseJson::tr("must be an array of materials"));
        return std::nullopt;
    }
    QSet<QString> keys;
    const QJsonArray materialArray = materials.toArray();
    for (qsizetype i = 0; i < materialArray.size(); ++i) {
        const std::optional<CaseMaterial> m = material(materialArray.at(i), at(materialsPath, i));
        if (!m)
            return std::nullopt;
        if (keys.contains(m->key)) {
            fail(at(at(materialsPath, i), QStringLiteral("key")),
                 CaseJson::tr("%1 is in the checklist twice").arg(m->key));
            return std::nullopt;
        }
        keys.insert(m->key);
        c.materials.append(*m);
    }

    const QString eventsPath = at(path, QStringLiteral("events"));
    if (!has(*o, path, QStringLiteral("events")))
        return std::nullopt;
    if (!o->value(QStringLiteral("events")).isArray()) {
        fail(eventsPath, CaseJson::tr("must be an array of events"));
        return std::nullopt;
    }
    const QJsonArray events = o->value(QStringLiteral("events")).toArray();
    if (events.isEmpty()) {
        fail(eventsPath, CaseJson::tr("a case needs at least its \"received\" event"));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        const std::optional<CaseEvent> e = event(events.at(i), at(eventsPath, i));
        if (!e)
            return std::nullopt;
        if (e->at < c.receivedAt) {
            fail(at(at(eventsPath, i), QStringLiteral("at")),
                 CaseJson::tr("%1 is before the case was received (%2)")
                     .arg(timeText(e->at), timeText(c.receivedAt)));
            return std::nullopt;
        }
        c.events.append(*e);
        // The log so far must follow the lifecycle: the first event that does not is named.
        const Result<CaseStatus> status = CaseLifecycle::statusOf(c.events);
        if (!status) {
            fail(at(eventsPath, i), status.error());
            return std::nullopt;
        }
    }
    const CaseStatus status = CaseLifecycle::statusOf(c.events).value();
    const auto statusKey = text(*o, path, QStringLiteral("status"), false);
    if (!statusKey)
        return std::nullopt;
    if (!statusKey->isEmpty() && *statusKey != CaseLifecycle::key(status)) {
        fail(at(path, QStringLiteral("status")),
             CaseJson::tr("\"%1\" is not what the events lead to (\"%2\")")
                 .arg(*statusKey, CaseLifecycle::key(status)));
        return std::nullopt;
    }

    bool accepted = false;
    bool refused = false;
    for (const CaseEvent& e : std::as_const(c.events)) {
        accepted = accepted || e.to == CaseStatus::Accepted;
        refused = refused || e.to == CaseStatus::Refused;
    }
    const QString decisionPath = at(path, QStringLiteral("decision"));
    const QJsonValue decisionValue = o->value(QStringLiteral("decision"));
    QJsonObject decision;
    if (!decisionValue.isUndefined() && !decisionValue.isNull()) {
        const std::optional<QJsonObject> d = object(decisionValue, decisionPath);
        if (!d || !onlyKnown(*d, decisionPath,
                             {QStringLiteral("accepted_on"), QStringLiteral("due_date"),
                              QStringLiteral("provisional"), QStringLiteral("calendar_version"),
                              QStringLiteral("note")}))
            return std::nullopt;
        decision = *d;
    }
    // One field after the other, the first problem stops (early returns also let GCC's
    // -Wmaybe-uninitialized see that every optional below holds a value).
    const auto acceptedOn = date(decision, decisionPath, QStringLiteral("accepted_on"));
    if (!acceptedOn)
        return std::nullopt;
    const auto dueDate = date(decision, decisionPath, QStringLiteral("due_date"));
    if (!dueDate)
        return std::nullopt;
    const auto provisional = flag(decision, decisionPath, QStringLiteral("provisional"), false);
    if (!provisional)
        return std::nullopt;
    const auto calendarVersion =
        text(decision, decisionPath, QStringLiteral("calendar_version"), false);
    if (!calendarVersion)
        return std::nullopt;
    const auto note = text(decision, decisionPath, QStringLiteral("note"), false);
    if (!note)
        return std::nullopt;
    if (accepted) {
        if (!acceptedOn->isValid() || !dueDate->isValid()) {
            fail(at(decisionPath, acceptedOn->isValid() ? QStringLiteral("due_date")
                                                        : QStringLiteral("accepted_on")),
                 CaseJson::tr("the case was accepted: the date of acceptance and the deadline are "
                              "needed"));
            return std::nullopt;
        }
        if (*dueDate < *acceptedOn) {
            fail(at(decisionPath, QStringLiteral("due_date")),
                 CaseJson::tr("%1 is before the acceptance on %2")
                     .arg(dueDate->toString(Qt::ISODate), acceptedOn->toString(Qt::ISODate)));
            return std::nullopt;
        }
        if (*acceptedOn < day) {
            fail(at(decisionPath, QStringLiteral("accepted_on")),
                 CaseJson::tr("%1 is before the case was received")
                     .arg(acceptedOn->toString(Qt::ISODate)));
            return std::nullopt;
        }
    } else if (acceptedOn->isValid() || dueDate->isValid() || *provisional) {
        fail(at(decisionPath, acceptedOn->isValid() ? QStringLiteral("accepted_on")
                              : dueDate->isValid()  ? QStringLiteral("due_date")
                                                    : QStringLiteral("provisional")),
             CaseJson::tr("the case was never accepted: it has no acceptance date or deadline"));
        return std::nullopt;
    }
    if (refused && note->trimmed().isEmpty()) {
        fail(at(decisionPath, QStringLiteral("note")),
             CaseJson::tr("the case was refused: the reasons are needed"));
        return std::nullopt;
    }
    c.acceptedOn = *acceptedOn;
    c.dueDate = *dueDate;
    c.dueProvisional = *provisional;
    c.calendarVersion = *calendarVersion;
    c.decisionNote = *note;
    return c;
}

} // namespace

QString CaseJson::formatName()
{
    return QStringLiteral("onewindow-case");
}

QString CaseJson::formKey(MaterialForm form)
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

std::optional<MaterialForm> CaseJson::formFromKey(const QString& key)
{
    for (const MaterialForm form :
         {MaterialForm::Original, MaterialForm::Copy, MaterialForm::Electronic})
        if (key == formKey(form))
            return form;
    return std::nullopt;
}

QString CaseJson::stateKey(CaseMaterial::State state)
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

std::optional<CaseMaterial::State> CaseJson::stateFromKey(const QString& key)
{
    for (const CaseMaterial::State state :
         {CaseMaterial::State::Missing, CaseMaterial::State::Received, CaseMaterial::State::Waived})
        if (key == stateKey(state))
            return state;
    return std::nullopt;
}

void CaseJson::writeCase(JsonWriter& out, const Case& c)
{
    out.beginObject();
    out.key(QStringLiteral("id")).value(c.id);
    out.key(QStringLiteral("number")).value(c.number);
    out.key(QStringLiteral("status")).value(CaseLifecycle::key(c.status()));
    out.key(QStringLiteral("center")).value(c.centerCode);
    out.key(QStringLiteral("window")).value(c.window);
    out.key(QStringLiteral("clerk")).value(c.clerk);
    out.key(QStringLiteral("received_at")).value(timeText(c.receivedAt));

    const Applicant& a = c.applicant;
    out.key(QStringLiteral("applicant")).beginObject();
    out.key(QStringLiteral("kind")).value(kindKey(a.kind));
    out.key(QStringLiteral("name")).value(a.name);
    out.key(QStringLiteral("identifier")).value(a.identifier);
    out.key(QStringLiteral("phone")).value(a.phone);
    out.key(QStringLiteral("address")).value(a.address);
    out.key(QStringLiteral("birth_date"));
    writeDate(out, a.birthDate);
    out.key(QStringLiteral("disabled")).value(a.disabled);
    out.key(QStringLiteral("disability_certificate")).value(a.disabilityCertificate);
    out.key(QStringLiteral("legal_representative")).value(a.legalRepresentative);
    out.key(QStringLiteral("contact_name")).value(a.contactName);
    out.endObject();

    out.key(QStringLiteral("agent"));
    if (c.agent) {
        out.beginObject();
        out.key(QStringLiteral("name")).value(c.agent->name);
        out.key(QStringLiteral("id_number")).value(c.agent->idNumber);
        out.key(QStringLiteral("phone")).value(c.agent->phone);
        out.key(QStringLiteral("authorization")).value(c.agent->authorization);
        out.endObject();
    } else {
        out.null();
    }
    out.key(QStringLiteral("items")).value(c.itemCodes);
    out.key(QStringLiteral("scene")).value(c.sceneCode);
    out.key(QStringLiteral("guide_versions")).value(c.guideVersions);
    out.key(QStringLiteral("green_channel")).value(c.greenChannel);

    out.key(QStringLiteral("materials")).beginArray();
    for (const CaseMaterial& m : c.materials) {
        out.beginObject();
        out.key(QStringLiteral("key")).value(m.key);
        out.key(QStringLiteral("name")).value(m.name);
        out.key(QStringLiteral("form")).value(formKey(m.form));
        out.key(QStringLiteral("copies")).value(m.copies);
        out.key(QStringLiteral("required")).value(m.required);
        out.key(QStringLiteral("conditions")).value(m.conditions);
        out.key(QStringLiteral("items")).value(m.itemCodes);
        out.key(QStringLiteral("state")).value(stateKey(m.state));
        out.key(QStringLiteral("pages")).value(m.pages);
        out.key(QStringLiteral("scans")).value(m.scans);
        out.key(QStringLiteral("note")).value(m.note);
        out.endObject();
    }
    out.endArray();

    out.key(QStringLiteral("decision")).beginObject();
    out.key(QStringLiteral("accepted_on"));
    writeDate(out, c.acceptedOn);
    out.key(QStringLiteral("due_date"));
    writeDate(out, c.dueDate);
    out.key(QStringLiteral("provisional")).value(c.dueProvisional);
    out.key(QStringLiteral("calendar_version")).value(c.calendarVersion);
    out.key(QStringLiteral("note")).value(c.decisionNote);
    out.endObject();

    out.key(QStringLiteral("events")).beginArray();
    for (const CaseEvent& e : c.events) {
        out.beginObject();
        out.key(QStringLiteral("status")).value(CaseLifecycle::key(e.to));
        out.key(QStringLiteral("at")).value(timeText(e.at));
        out.key(QStringLiteral("user")).value(e.userName);
        out.key(QStringLiteral("note")).value(e.note);
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

QByteArray CaseJson::write(const QList<Case>& cases)
{
    JsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("format")).value(formatName());
    out.key(QStringLiteral("version")).value(Version);
    out.key(QStringLiteral("cases")).beginArray();
    for (const Case& c : cases)
        writeCase(out, c);
    out.endArray();
    out.endObject();
    return out.toUtf8();
}

Result<QList<Case>> CaseJson::read(const QByteArray& bytes)
{
    using R = Result<QList<Case>>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("not a JSON document: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(
            tr("the document must be an object {\"format\": \"%1\", \"version\": %2, \"cases\": "
               "[…]}")
                .arg(formatName())
                .arg(Version));
    Reader reader;
    const QJsonObject top = document.object();
    if (!reader.onlyKnown(
            top, QString(),
            {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("cases")}))
        return R::failure(reader.error);
    const QJsonValue format = top.value(QStringLiteral("format"));
    if (format.toString() != formatName())
        return R::failure(tr("format: must be \"%1\"").arg(formatName()));
    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != Version)
        return R::failure(tr("version: this OneWindow reads version %1 only").arg(Version));
    const QJsonValue casesValue = top.value(QStringLiteral("cases"));
    if (!casesValue.isArray())
        return R::failure(tr("cases: must be an array of cases"));
    const QJsonArray array = casesValue.toArray();
    QList<Case> cases;
    QHash<QString, qsizetype> ids;
    QHash<QString, qsizetype> numbers;
    QHash<QString, Applicant::Kind> kinds;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("cases"), i);
        std::optional<Case> c = reader.oneCase(array.at(i), path);
        if (!c)
            return R::failure(reader.error);
        if (const auto found = ids.constFind(c->id); found != ids.constEnd())
            return R::failure(tr("%1.id: the same id as cases[%2]").arg(path).arg(found.value()));
        if (const auto found = numbers.constFind(c->number); found != numbers.constEnd())
            return R::failure(
                tr("%1.number: the same number as cases[%2]").arg(path).arg(found.value()));
        if (const auto found = kinds.constFind(c->applicant.identifier);
            found != kinds.constEnd() && found.value() != c->applicant.kind)
            return R::failure(tr("%1.applicant.kind: the same identifier is another kind of "
                                 "applicant in an earlier case")
                                  .arg(path));
        ids.insert(c->id, i);
        numbers.insert(c->number, i);
        kinds.insert(c->applicant.identifier, c->applicant.kind);
        cases.append(std::move(*c));
    }
    return R::success(cases);
}

} // namespace ow
