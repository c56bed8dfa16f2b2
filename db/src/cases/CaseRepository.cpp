#include "cases/CaseRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"
#include "cases/CaseJson.h"
#include "cases/CaseNumber.h"
#include "security/PersonalData.h"
#include "validation/CreditCode.h"
#include "validation/IdNumber.h"
#include "validation/PhoneNumber.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ow {

namespace {

// Empty, never NULL: a null QString would bind as SQL NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString jsonList(const QStringList& texts)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant& value)
{
    QStringList texts;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue& item : array)
        texts.append(item.toString());
    return texts;
}

// The names case_material.scans keeps: those of the recorded scans when there are any (so the two
// never disagree), else the names the material holds without records.
QStringList scanNames(const CaseMaterial& material)
{
    if (material.scanFiles.isEmpty())
        return material.scans;
    QStringList names;
    for (const Scan& scan : material.scanFiles)
        names.append(scan.sha256);
    return names;
}

QString kindKey(Applicant::Kind kind)
{
    return kind == Applicant::Kind::Enterprise ? QStringLiteral("enterprise")
                                               : QStringLiteral("person");
}

Applicant::Kind kindFromKey(const QString& key)
{
    return key == QLatin1String("enterprise") ? Applicant::Kind::Enterprise
                                              : Applicant::Kind::Person;
}

// A resident ID or credit code as the archive keys it: normalised when it is valid, else trimmed
// and in capitals (it will then match nothing).
QString archiveKey(const QString& identifier)
{
    const IdNumberCheck id = IdNumber::check(identifier, QDate::currentDate());
    if (id.valid)
        return id.normalized;
    const CreditCodeCheck code = CreditCode::check(identifier);
    if (code.verdict != CreditCodeCheck::Verdict::Invalid)
        return code.normalized;
    return identifier.trimmed().toUpper();
}

// The columns of a case as load() reads them, the applicant's archive row joined.
const char* const CaseColumns =
    "f.id, f.number, f.center_code, f.window_no, f.clerk, f.received_at, f.agent_name, "
    "f.agent_id_number, f.agent_phone, f.agent_authorization, f.scene_code, f.guide_versions, "
    "f.accepted_on, f.due_date, f.due_provisional, f.calendar_version, f.decision_note, "
    "f.green_channel, a.kind, a.name, a.identifier, a.phone, a.address, a.birth_date, "
    "a.disabled, a.disability_certificate, a.legal_representative, a.contact_name";

const char* const ApplicantColumns =
    "kind, name, identifier, phone, address, birth_date, disabled, disability_certificate, "
    "legal_representative, contact_name";

Applicant applicantFrom(const QSqlQuery& query, int first)
{
    Applicant applicant;
    applicant.kind = kindFromKey(query.value(first).toString());
    applicant.name = query.value(first + 1).toString();
    applicant.identifier = query.value(first + 2).toString();
    applicant.phone = query.value(first + 3).toString();
    applicant.address = query.value(first + 4).toString();
    applicant.birthDate = dateFrom(query.value(first + 5));
    applicant.disabled = query.value(first + 6).toBool();
    applicant.disabilityCertificate = query.value(first + 7).toString();
    applicant.legalRepresentative = query.value(first + 8).toString();
    applicant.contactName = query.value(first + 9).toString();
    return applicant;
}

// Checks what a draft case must hold and normalises its identifiers and phone numbers.
Status checkDraft(Case& draft)
{
    draft.centerCode = draft.centerCode.trimmed();
    if (draft.window < 1 || draft.window > 999)
        return Status::failure(
            CaseRepository::tr("A case needs its window number (1 to 999), not %1.")
                .arg(draft.window));
    if (!draft.receivedAt.isValid())
        return Status::failure(CaseRepository::tr("A case needs the time it was received."));
    const QDate day = draft.receivedAt.toLocalTime().date();
    const QString sample = CaseNumber{draft.centerCode, draft.window, day, 1}.text();
    const std::optional<CaseNumber> parsed = CaseNumber::parse(sample);
    if (!parsed || parsed->text() != sample)
        return Status::failure(
            CaseRepository::tr("The centre code '%1' cannot begin a case number (2 to 16 "
                               "capital letters or digits).")
                .arg(draft.centerCode));
    if (draft.clerk.trimmed().isEmpty())
        return Status::failure(CaseRepository::tr("A case needs the user who took it in."));
    if (draft.itemCodes.isEmpty())
        return Status::failure(CaseRepository::tr("A case needs at least one item."));

    Applicant& applicant = draft.applicant;
    if (applicant.name.trimmed().isEmpty())
        return Status::failure(CaseRepository::tr("The applicant needs a name."));
    if (applicant.kind == Applicant::Kind::Person) {
        const IdNumberCheck id = IdNumber::check(applicant.identifier, day);
        if (!id.valid)
            return Status::failure(
                CaseRepository::tr("The applicant's resident ID number is not valid: %1")
                    .arg(id.message));
        applicant.identifier = id.normalized;
    } else {
        const CreditCodeCheck code = CreditCode::check(applicant.identifier);
        if (code.verdict == CreditCodeCheck::Verdict::Invalid)
            return Status::failure(
                CaseRepository::tr("The applicant's unified social credit code is not valid: %1")
                    .arg(code.message));
        applicant.identifier = code.normalized;
    }
    if (!applicant.phone.trimmed().isEmpty()) {
        const PhoneCheck phone = PhoneNumber::check(applicant.phone);
        if (!phone.valid)
            return Status::failure(
                CaseRepository::tr("The applicant's phone number is not valid: %1")
                    .arg(phone.message));
        applicant.phone = phone.normalized;
    }

    if (draft.agent) {
        Agent& agent = *draft.agent;
        if (agent.name.trimmed().isEmpty())
            return Status::failure(CaseRepository::tr("The agent needs a name."));
        const IdNumberCheck id = IdNumber::check(agent.idNumber, day);
        if (!id.valid)
            return Status::failure(
                CaseRepository::tr("The agent's resident ID number is not valid: %1")
                    .arg(id.message));
        agent.idNumber = id.normalized;
        if (!agent.phone.trimmed().isEmpty()) {
            const PhoneCheck phone = PhoneNumber::check(agent.phone);
            if (!phone.valid)
                return Status::failure(
                    CaseRepository::tr("The agent's phone number is not valid: %1")
                        .arg(phone.message));
            agent.phone = phone.normalized;
        }
        if (agent.authorization.trimmed().isEmpty())
            return Status::failure(
                CaseRepository::tr("An agent needs the applicant's authorization."));
    }
    return Status::success();
}

Status checkEvent(const CaseEvent& event, int position)
{
    if (!event.at.isValid() || event.userName.trimmed().isEmpty())
        return Status::failure(
            CaseRepository::tr("Event %1 needs its time and the user who recorded it.")
                .arg(position));
    return Status::success();
}

} // namespace

// case_material keeps the same keys as the case JSON (owctl prints them): one spelling of each.
QString CaseRepository::stateKey(CaseMaterial::State state)
{
    return CaseJson::stateKey(state);
}

std::optional<CaseMaterial::State> CaseRepository::stateFromKey(const QString& key)
{
    return CaseJson::stateFromKey(key);
}

QString CaseRepository::formKey(MaterialForm form)
{
    return CaseJson::formKey(form);
}

std::optional<MaterialForm> CaseRepository::formFromKey(const QString& key)
{
    return CaseJson::formFromKey(key);
}

Status CaseRepository::run(const QString& sql, const QVariantList& values, const QString& what)
{
    QSqlQuery query(m_database.connection());
    if (!execute(query, sql, values))
        return Status::failure(
            tr("Cannot %1 in %2: %3").arg(what, m_database.path(), failureText(query)));
    return Status::success();
}

Status CaseRepository::insertEvent(const QString& caseId, int position, const CaseEvent& event)
{
    return run(QStringLiteral("INSERT INTO case_event (case_id, position, status, at, user_name, "
                              "note) VALUES (?, ?, ?, ?, ?, ?)"),
               {caseId, position, CaseLifecycle::key(event.to), timeValue(event.at),
                text(event.userName), text(event.note)},
               tr("record event %1 of the case").arg(position));
}

Status CaseRepository::insertMaterials(const QString& caseId, const QList<CaseMaterial>& materials)
{
    for (int i = 0; i < materials.size(); ++i) {
        const CaseMaterial& material = materials.at(i);
        if (const Status s =
                run(QStringLiteral("INSERT INTO case_material (case_id, position, key, name, form, "
                                   "copies, required, conditions, item_codes, state, pages, scans, "
                                   "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {caseId, i + 1, text(material.key), text(material.name),
                     text(formKey(material.form)), material.copies, material.required ? 1 : 0,
                     jsonList(material.conditions), jsonList(material.itemCodes),
                     text(stateKey(material.state)), material.pages, jsonList(scanNames(material)),
                     text(material.note)},
                    tr("record the material %1").arg(material.key));
            !s)
            return s;
        for (int j = 0; j < material.scanFiles.size(); ++j) {
            const Scan& scan = material.scanFiles.at(j);
            if (const Status s = run(
                    QStringLiteral("INSERT INTO case_scan (case_id, material_key, position, "
                                   "sha256, media_type, file_name, pages, size, "
                                   "thumbnail_sha256, added_by, added_at) VALUES (?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?)"),
                    {caseId, text(material.key), j + 1, text(scan.sha256), text(scan.mediaType),
                     text(scan.fileName), scan.pages, scan.size,
                     scan.thumbnailSha256.isEmpty() ? nullText() : QVariant(scan.thumbnailSha256),
                     text(scan.addedBy), timeValue(scan.addedAt)},
                    tr("record scan %1 of the material %2").arg(j + 1).arg(material.key));
                !s)
                return s;
        }
    }
    return Status::success();
}

Result<QList<CaseEvent>> CaseRepository::eventsOf(const QString& caseId) const
{
    using R = Result<QList<CaseEvent>>;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT status, at, user_name, note FROM case_event "
                                 "WHERE case_id = ? ORDER BY position"));
    query.addBindValue(caseId);
    if (!query.exec())
        return R::failure(tr("Cannot read the events of a case from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    QList<CaseEvent> events;
    while (query.next())
        events.append(CaseEvent{
            CaseLifecycle::fromKey(query.value(0).toString()).value_or(CaseStatus::Received),
            timeFrom(query.value(1)), query.value(2).toString(), query.value(3).toString()});
    return R::success(events);
}

Result<QString> CaseRepository::numberOf(const QString& caseId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT number FROM case_file WHERE id = ?"));
    query.addBindValue(caseId);
    if (!query.exec())
        return Result<QString>::failure(tr("Cannot read the case %1 from %2: %3")
                                            .arg(caseId, m_database.path(), failureText(query)));
    if (!query.next())
        return Result<QString>::failure(
            tr("There is no case %1 in %2.").arg(caseId, m_database.path()));
    return Result<QString>::success(query.value(0).toString());
}

Result<Case> CaseRepository::create(Case draft, AuditLog& audit)
{
    using R = Result<Case>;
    if (const Status s = checkDraft(draft); !s)
        return R::failure(s.error());
    for (int i = 0; i < draft.events.size(); ++i)
        if (const Status s = checkEvent(draft.events.at(i), i + 1); !s)
            return R::failure(s.error());
    const Result<CaseStatus> status = CaseLifecycle::statusOf(draft.events);
    if (!status)
        return R::failure(status.error());
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDate day = draft.receivedAt.toLocalTime().date();

    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    int sequence = 0;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "SELECT coalesce(max(sequence), 0) + 1 FROM case_file WHERE center_code = ? AND "
            "window_no = ? AND received_on = ?"));
        query.addBindValue(draft.centerCode);
        query.addBindValue(draft.window);
        query.addBindValue(day.toString(Qt::ISODate));
        if (!query.exec() || !query.next())
            return R::failure(
                tr("Cannot number the case in %1: %2").arg(m_database.path(), failureText(query)));
        sequence = query.value(0).toInt();
        draft.number = CaseNumber{draft.centerCode, draft.window, day, sequence}.text();

        query.prepare(QStringLiteral("SELECT kind FROM applicant WHERE identifier = ?"));
        query.addBindValue(draft.applicant.identifier);
        if (!query.exec())
            return R::failure(tr("Cannot read the applicants' archive from %1: %2")
                                  .arg(m_database.path(), failureText(query)));
        if (query.next() && query.value(0).toString() != kindKey(draft.applicant.kind))
            return R::failure(tr("%1 is in the archive as another kind of applicant.")
                                  .arg(PersonalData::maskIdNumber(draft.applicant.identifier)));
    }

    if (const Status s = storeCase(draft, day, sequence, status.value(), false); !s)
        return R::failure(s.error());
    if (const Status s = audit.append(draft.clerk, QStringLiteral("case_received"), draft.number,
                                      draft.itemCodes.join(u' '));
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return R::success(draft);
}

Result<CaseRepository::ImportOutcome> CaseRepository::importCase(Case c, AuditLog& audit,
                                                                 const QString& importedBy)
{
    using R = Result<ImportOutcome>;
    if (const Status s = checkDraft(c); !s)
        return R::failure(s.error());
    for (int i = 0; i < c.events.size(); ++i)
        if (const Status s = checkEvent(c.events.at(i), i + 1); !s)
            return R::failure(s.error());
    const Result<CaseStatus> status = CaseLifecycle::statusOf(c.events);
    if (!status)
        return R::failure(status.error());
    const QUuid uuid = QUuid::fromString(c.id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != c.id)
        return R::failure(tr("The case id '%1' is not a UUID in lower case.").arg(c.id));
    const std::optional<CaseNumber> number = CaseNumber::parse(c.number);
    if (!number || number->text() != c.number || number->centerCode != c.centerCode ||
        number->window != c.window)
        return R::failure(tr("The case number '%1' is not one of centre %2, window %3.")
                              .arg(c.number, c.centerCode)
                              .arg(c.window));

    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    {
        QSqlQuery query(m_database.connection());
        if (!execute(query, QStringLiteral("SELECT number FROM case_file WHERE id = ?"), {c.id}))
            return R::failure(
                tr("Cannot read a case from %1: %2").arg(m_database.path(), failureText(query)));
        if (query.next()) {
            if (query.value(0).toString() == c.number)
                return R::success(ImportOutcome::AlreadyPresent);
            return R::failure(tr("The case %1 is already stored under the number %2, not %3.")
                                  .arg(c.id, query.value(0).toString(), c.number));
        }
        if (!execute(query, QStringLiteral("SELECT id FROM case_file WHERE number = ?"),
                     {c.number}))
            return R::failure(
                tr("Cannot read a case from %1: %2").arg(m_database.path(), failureText(query)));
        if (query.next())
            return R::failure(tr("The number %1 already belongs to another case (%2).")
                                  .arg(c.number, query.value(0).toString()));
        if (!execute(query, QStringLiteral("SELECT kind FROM applicant WHERE identifier = ?"),
                     {c.applicant.identifier}))
            return R::failure(tr("Cannot read the applicants' archive from %1: %2")
                                  .arg(m_database.path(), failureText(query)));
        if (query.next() && query.value(0).toString() != kindKey(c.applicant.kind))
            return R::failure(tr("%1 is in the archive as another kind of applicant.")
                                  .arg(PersonalData::maskIdNumber(c.applicant.identifier)));
    }

    // The archive keeps the details of the newest case; an older case leaves them as they are.
    if (const Status s = storeCase(c, number->date, number->sequence, status.value(), true); !s)
        return R::failure(s.error());
    if (const Status s = audit.append(importedBy, QStringLiteral("case_imported"), c.number,
                                      c.itemCodes.join(u' '));
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return R::success(ImportOutcome::Imported);
}

Result<CaseRepository::ImportCounts>
CaseRepository::importCases(const QList<Case>& cases, AuditLog& audit, const QString& importedBy)
{
    using R = Result<ImportCounts>;
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the cases in %1: %2").arg(m_database.path(), transaction.error()));
    ImportCounts counts;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Result<ImportOutcome> outcome = importCase(cases.at(i), audit, importedBy);
        if (!outcome) {
            QString reason = outcome.error();
            while (reason.endsWith(u'.') || reason.endsWith(u'。'))
                reason.chop(1);
            return R::failure(tr("cases[%1] (%2): %3; nothing was imported.")
                                  .arg(i)
                                  .arg(cases.at(i).number, reason));
        }
        if (outcome.value() == ImportOutcome::Imported)
            ++counts.imported;
        else
            ++counts.skipped;
    }
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the cases in %1: %2").arg(m_database.path(), transaction.error()));
    return R::success(counts);
}

Result<QList<Case>> CaseRepository::casesReceived(const QDate& from, const QDate& to) const
{
    using R = Result<QList<Case>>;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execute(query,
                 QStringLiteral("SELECT id FROM case_file WHERE (? IS NULL OR received_on >= ?) "
                                "AND (? IS NULL OR received_on <= ?) ORDER BY received_on, "
                                "center_code, window_no, sequence"),
                 {dateValue(from), dateValue(from), dateValue(to), dateValue(to)}))
        return R::failure(
            tr("Cannot read the cases from %1: %2").arg(m_database.path(), failureText(query)));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();
    QList<Case> cases;
    cases.reserve(ids.size());
    for (const QString& id : std::as_const(ids)) {
        Result<Case> loaded = load(id);
        if (!loaded)
            return R::failure(loaded.error());
        cases.append(std::move(loaded).value());
    }
    return R::success(cases);
}

// The rows of one case — its applicant's archive row brought up to date, the case, its items,
// materials and events — inside the caller's transaction (create and importCase).
Status CaseRepository::storeCase(const Case& c, const QDate& day, int sequence, CaseStatus status,
                                 bool keepNewerApplicant)
{
    const Applicant& applicant = c.applicant;
    if (const Status s = run(
            QStringLiteral(
                "INSERT INTO applicant (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (identifier) DO UPDATE SET name = excluded.name, phone = "
                "excluded.phone, address = excluded.address, birth_date = excluded.birth_date, "
                "disabled = excluded.disabled, disability_certificate = "
                "excluded.disability_certificate, legal_representative = "
                "excluded.legal_representative, contact_name = excluded.contact_name, "
                "updated_at = excluded.updated_at%2")
                .arg(QLatin1String(ApplicantColumns),
                     keepNewerApplicant
                         ? QStringLiteral(" WHERE excluded.updated_at > applicant.updated_at")
                         : QString()),
            {kindKey(applicant.kind), text(applicant.name), applicant.identifier,
             text(applicant.phone), text(applicant.address), dateValue(applicant.birthDate),
             applicant.disabled ? 1 : 0, text(applicant.disabilityCertificate),
             text(applicant.legalRepresentative), text(applicant.contactName),
             timeValue(c.receivedAt)},
            tr("record the applicant"));
        !s)
        return s;

    const std::optional<Agent>& agent = c.agent;
    if (const Status s = run(
            QStringLiteral(
                "INSERT INTO case_file (id, number, center_code, window_no, received_on, "
                "sequence, clerk, received_at, applicant_identifier, agent_name, "
                "agent_id_number, agent_phone, agent_authorization, scene_code, guide_versions, "
                "accepted_on, due_date, due_provisional, calendar_version, decision_note, "
                "green_channel, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?)"),
            {c.id,
             c.number,
             c.centerCode,
             c.window,
             day.toString(Qt::ISODate),
             sequence,
             c.clerk,
             timeValue(c.receivedAt),
             applicant.identifier,
             agent ? text(agent->name) : nullText(),
             agent ? text(agent->idNumber) : nullText(),
             agent ? text(agent->phone) : nullText(),
             agent ? text(agent->authorization) : nullText(),
             text(c.sceneCode),
             text(c.guideVersions),
             dateValue(c.acceptedOn),
             dateValue(c.dueDate),
             c.dueProvisional ? 1 : 0,
             text(c.calendarVersion),
             text(c.decisionNote),
             c.greenChannel ? 1 : 0,
             CaseLifecycle::key(status)},
            tr("record the case %1").arg(c.number));
        !s)
        return s;
    for (int i = 0; i < c.itemCodes.size(); ++i) {
        if (const Status s = run(QStringLiteral("INSERT INTO case_item (case_id, position, "
                                                "item_code) VALUES (?, ?, ?)"),
                                 {c.id, i + 1, text(c.itemCodes.at(i))},
                                 tr("record the item %1").arg(c.itemCodes.at(i)));
            !s)
            return s;
    }
    if (const Status s = insertMaterials(c.id, c.materials); !s)
        return s;
    for (int i = 0; i < c.events.size(); ++i) {
        if (const Status s = insertEvent(c.id, i + 1, c.events.at(i)); !s)
            return s;
    }
    return Status::success();
}

Result<Case> CaseRepository::load(const QString& caseId) const
{
    using R = Result<Case>;
    const auto failed = [this](const QSqlQuery& query) {
        return R::failure(
            tr("Cannot read a case from %1: %2").arg(m_database.path(), failureText(query)));
    };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM case_file f JOIN applicant a ON a.identifier = "
                                 "f.applicant_identifier WHERE f.id = ?")
                      .arg(QLatin1String(CaseColumns)));
    query.addBindValue(caseId);
    if (!query.exec())
        return failed(query);
    if (!query.next())
        return R::failure(tr("There is no case %1 in %2.").arg(caseId, m_database.path()));
    Case loaded;
    loaded.id = query.value(0).toString();
    loaded.number = query.value(1).toString();
    loaded.centerCode = query.value(2).toString();
    loaded.window = query.value(3).toInt();
    loaded.clerk = query.value(4).toString();
    loaded.receivedAt = timeFrom(query.value(5));
    if (!query.value(6).isNull())
        loaded.agent = Agent{query.value(6).toString(), query.value(7).toString(),
                             query.value(8).toString(), query.value(9).toString()};
    loaded.sceneCode = query.value(10).toString();
    loaded.guideVersions = query.value(11).toString();
    loaded.acceptedOn = dateFrom(query.value(12));
    loaded.dueDate = dateFrom(query.value(13));
    loaded.dueProvisional = query.value(14).toBool();
    loaded.calendarVersion = query.value(15).toString();
    loaded.decisionNote = query.value(16).toString();
    loaded.greenChannel = query.value(17).toBool();
    loaded.applicant = applicantFrom(query, 18);

    query.prepare(
        QStringLiteral("SELECT item_code FROM case_item WHERE case_id = ? ORDER BY position"));
    query.addBindValue(caseId);
    if (!query.exec())
        return failed(query);
    while (query.next())
        loaded.itemCodes.append(query.value(0).toString());

    query.prepare(QStringLiteral("SELECT key, name, form, copies, required, conditions, "
                                 "item_codes, state, pages, scans, note FROM case_material WHERE "
                                 "case_id = ? ORDER BY position"));
    query.addBindValue(caseId);
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        CaseMaterial material;
        material.key = query.value(0).toString();
        material.name = query.value(1).toString();
        material.form = formFromKey(query.value(2).toString()).value_or(MaterialForm::Original);
        material.copies = query.value(3).toInt();
        material.required = query.value(4).toBool();
        material.conditions = listFrom(query.value(5));
        material.itemCodes = listFrom(query.value(6));
        material.state =
            stateFromKey(query.value(7).toString()).value_or(CaseMaterial::State::Missing);
        material.pages = query.value(8).toInt();
        material.scans = listFrom(query.value(9));
        material.note = query.value(10).toString();
        loaded.materials.append(material);
    }

    query.prepare(QStringLiteral("SELECT material_key, sha256, media_type, file_name, pages, size, "
                                 "thumbnail_sha256, added_by, added_at FROM case_scan WHERE "
                                 "case_id = ? ORDER BY material_key, position"));
    query.addBindValue(caseId);
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        const QString key = query.value(0).toString();
        Scan scan;
        scan.sha256 = query.value(1).toString();
        scan.mediaType = query.value(2).toString();
        scan.fileName = query.value(3).toString();
        scan.pages = query.value(4).toInt();
        scan.size = query.value(5).toLongLong();
        scan.thumbnailSha256 = query.value(6).toString();
        scan.addedBy = query.value(7).toString();
        scan.addedAt = timeFrom(query.value(8));
        for (CaseMaterial& material : loaded.materials) {
            if (material.key == key) {
                material.scanFiles.append(scan);
                break;
            }
        }
    }

    Result<QList<CaseEvent>> events = eventsOf(caseId);
    if (!events)
        return R::failure(events.error());
    loaded.events = std::move(events).value();
    return R::success(loaded);
}

Result<std::optional<Case>> CaseRepository::findByNumber(const QString& number) const
{
    using R = Result<std::optional<Case>>;
    const std::optional<CaseNumber> parsed = CaseNumber::parse(number);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM case_file WHERE number = ?"));
    query.addBindValue(parsed ? parsed->text() : number.trimmed());
    if (!query.exec())
        return R::failure(
            tr("Cannot read a case from %1: %2").arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    const QString id = query.value(0).toString();
    query.finish();
    Result<Case> loaded = load(id);
    if (!loaded)
        return R::failure(loaded.error());
    return R::success(std::move(loaded).value());
}

Result<CaseRepository::NextEvent> CaseRepository::nextEvent(const QString& caseId,
                                                            const CaseEvent& event) const
{
    using R = Result<NextEvent>;
    const Result<QString> number = numberOf(caseId);
    if (!number)
        return R::failure(number.error());
    Result<QList<CaseEvent>> events = eventsOf(caseId);
    if (!events)
        return R::failure(events.error());
    QList<CaseEvent> log = std::move(events).value();
    log.append(event);
    if (const Status s = checkEvent(event, int(log.size())); !s)
        return R::failure(s.error());
    const Result<CaseStatus> status = CaseLifecycle::statusOf(log);
    if (!status)
        return R::failure(status.error());
    return R::success(NextEvent{number.value(), int(log.size()), status.value()});
}

Status CaseRepository::appendEvent(const QString& caseId, const CaseEvent& event, AuditLog& audit,
                                   const QString& auditAction)
{
    if (CaseLifecycle::isDecision(event.to))
        return Status::failure(
            tr("\"%1\" is a decision: record it with the checklist and the deadline.")
                .arg(CaseLifecycle::displayName(event.to)));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    const Result<NextEvent> next = nextEvent(caseId, event);
    if (!next)
        return Status::failure(next.error());
    const QString& number = next.value().number;
    const CaseStatus status = next.value().status;
    const int position = next.value().position;
    if (const Status s = insertEvent(caseId, position, event); !s)
        return s;
    if (const Status s =
            run(QStringLiteral("UPDATE case_file SET status = ? WHERE id = ?"),
                {CaseLifecycle::key(status), caseId}, tr("record the status of %1").arg(number));
        !s)
        return s;
    if (const Status s =
            audit.append(event.userName, auditAction, number, CaseLifecycle::key(event.to));
        !s)
        return s;
    if (!transaction.commit())
        return Status::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return Status::success();
}

Status CaseRepository::recordDecision(const QString& caseId, const CaseEvent& event,
                                      const QList<CaseMaterial>& materials, const QDate& acceptedOn,
                                      const QDate& dueDate, bool provisional,
                                      const QString& calendarVersion, const QString& decisionNote,
                                      AuditLog& audit)
{
    if (!CaseLifecycle::isDecision(event.to))
        return Status::failure(
            tr("\"%1\" is not a decision at the counter (accepted, supplement requested or "
               "refused).")
                .arg(CaseLifecycle::displayName(event.to)));
    QStringList missing;
    for (const CaseMaterial& material : materials) {
        if (material.required && material.state == CaseMaterial::State::Missing)
            missing.append(material.key);
    }
    QString detail;
    switch (event.to) {
    case CaseStatus::Accepted:
        if (!acceptedOn.isValid() || !dueDate.isValid() || dueDate < acceptedOn)
            return Status::failure(tr("Accepting a case needs the date of acceptance and a "
                                      "deadline not before it."));
        if (!missing.isEmpty())
            return Status::failure(
                tr("The case cannot be accepted while %n required material(s) are missing.",
                   nullptr, int(missing.size())));
        detail = dueDate.toString(Qt::ISODate) +
                 (provisional ? QStringLiteral(" provisional") : QString());
        break;
    case CaseStatus::SupplementRequested:
        if (missing.isEmpty())
            return Status::failure(
                tr("A supplement notice needs at least one missing required material."));
        detail = missing.join(u' ');
        break;
    case CaseStatus::Refused:
        if (decisionNote.trimmed().isEmpty())
            return Status::failure(tr("A refusal needs its reasons."));
        break;
    default:
        break;
    }

    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    const Result<NextEvent> next = nextEvent(caseId, event);
    if (!next)
        return Status::failure(next.error());
    const QString& number = next.value().number;
    const CaseStatus status = next.value().status;
    const int position = next.value().position;

    if (const Status s =
            run(QStringLiteral("UPDATE case_file SET accepted_on = ?, due_date = ?, "
                               "due_provisional = ?, calendar_version = ?, "
                               "decision_note = ?, status = ? WHERE id = ?"),
                {dateValue(acceptedOn), dateValue(dueDate), provisional ? 1 : 0,
                 text(calendarVersion), text(decisionNote), CaseLifecycle::key(status), caseId},
                tr("record the decision on %1").arg(number));
        !s)
        return s;
    if (const Status s = run(QStringLiteral("DELETE FROM case_scan WHERE case_id = ?"), {caseId},
                             tr("record the decision on %1").arg(number));
        !s)
        return s;
    if (const Status s = run(QStringLiteral("DELETE FROM case_material WHERE case_id = ?"),
                             {caseId}, tr("record the decision on %1").arg(number));
        !s)
        return s;
    if (const Status s = insertMaterials(caseId, materials); !s)
        return s;
    if (const Status s = insertEvent(caseId, position, event); !s)
        return s;
    const QString action = event.to == CaseStatus::Accepted ? QStringLiteral("case_accepted")
                           : event.to == CaseStatus::Refused
                               ? QStringLiteral("case_refused")
                               : QStringLiteral("case_supplement_requested");
    if (const Status s = audit.append(event.userName, action, number, detail); !s)
        return s;
    if (!transaction.commit())
        return Status::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return Status::success();
}

Result<QList<CaseSummary>> CaseRepository::summaries(const QString& where,
                                                     const QVariantList& values,
                                                     const QString& order, int limit) const
{
    using R = Result<QList<CaseSummary>>;
    const auto failed = [this](const QSqlQuery& query) {
        return R::failure(
            tr("Cannot read the cases from %1: %2").arg(m_database.path(), failureText(query)));
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The items come with their case (a correlated subquery, in position order), so a page is
    // one statement.
    query.prepare(
        QStringLiteral("SELECT f.id, f.number, a.name, a.identifier, f.status, "
                       "f.received_on, f.due_date, f.due_provisional, f.green_channel, "
                       "f.clerk, f.center_code, f.window_no, f.sequence, (SELECT "
                       "group_concat(item_code, char(31)) FROM (SELECT item_code FROM "
                       "case_item i WHERE i.case_id = f.id ORDER BY i.position)) FROM "
                       "case_file f JOIN applicant a ON a.identifier = "
                       "f.applicant_identifier WHERE %1 ORDER BY %2%3")
            .arg(where, order, limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return failed(query);
    QList<CaseSummary> list;
    while (query.next()) {
        CaseSummary summary;
        summary.id = query.value(0).toString();
        summary.number = query.value(1).toString();
        summary.applicantName = query.value(2).toString();
        summary.applicantIdentifierMasked = PersonalData::maskIdNumber(query.value(3).toString());
        summary.status =
            CaseLifecycle::fromKey(query.value(4).toString()).value_or(CaseStatus::Received);
        summary.receivedOn = dateFrom(query.value(5));
        summary.dueDate = dateFrom(query.value(6));
        summary.dueProvisional = query.value(7).toBool();
        summary.greenChannel = query.value(8).toBool();
        summary.clerk = query.value(9).toString();
        summary.centerCode = query.value(10).toString();
        summary.window = query.value(11).toInt();
        summary.sequence = query.value(12).toInt();
        if (!query.value(13).isNull())
            summary.itemCodes = query.value(13).toString().split(QChar(0x1f));
        list.append(summary);
    }
    return R::success(list);
}

namespace {

// The WHERE of a list query and its values. "+f.center_code" keeps SQLite from reading the
// centre's whole (center_code, window_no, …) index and sorting it: without statistics it would
// take the equality for the better index, and a year of one centre is every case there is.
QString listWhere(const CaseListQuery& query, QVariantList& values)
{
    QString where = QStringLiteral("f.received_on BETWEEN ? AND ? AND +f.center_code = ?");
    values = {query.from.toString(Qt::ISODate),
              (query.to.isValid() ? query.to : query.from).toString(Qt::ISODate),
              query.centerCode.trimmed()};
    if (query.window != 0) {
        where += QStringLiteral(" AND +f.window_no = ?");
        values.append(query.window);
    }
    const QString open = QStringLiteral(
        "f.status IN ('received', 'accepted', 'supplement_requested', 'under_review')");
    if (query.show == QLatin1String("open")) {
        where += QStringLiteral(" AND ") + open;
    } else if (query.show == QLatin1String("overdue")) {
        where += QStringLiteral(" AND ") + open + QStringLiteral(" AND f.due_date < ?");
        values.append(query.today.toString(Qt::ISODate));
    } else if (!query.show.isEmpty()) {
        where += QStringLiteral(" AND f.status = ?");
        values.append(query.show);
    }
    return where;
}

} // namespace

Result<QList<CaseSummary>> CaseRepository::page(const CaseListQuery& query,
                                                const CaseSummary* after, int limit) const
{
    QVariantList values;
    CaseListQuery from = query;
    // Start at the day of the last row: SQLite seeks the day index by received_on only, the row
    // value below then skips at most that day's earlier rows (not every day since `from`).
    if (after && after->receivedOn.isValid() && after->receivedOn > query.from)
        from.from = after->receivedOn;
    QString where = listWhere(from, values);
    if (after) {
        where += QStringLiteral(
            " AND (f.received_on, f.center_code, f.window_no, f.sequence) > (?, ?, ?, ?)");
        values << after->receivedOn.toString(Qt::ISODate) << after->centerCode << after->window
               << after->sequence;
    }
    return summaries(where, values,
                     QStringLiteral("f.received_on, f.center_code, f.window_no, f.sequence"),
                     qMax(1, limit));
}

Result<CaseCounts> CaseRepository::counts(const CaseListQuery& query, const QDate& today) const
{
    QVariantList values;
    const QString where = listWhere(query, values);
    QSqlQuery sql(m_database.connection());
    if (!execute(sql,
                 QStringLiteral("SELECT count(*), coalesce(sum(f.status IN ('received', "
                                "'accepted', 'supplement_requested', 'under_review') AND "
                                "f.due_date < ?), 0), coalesce(sum(f.green_channel), 0) "
                                "FROM case_file f WHERE %1")
                     .arg(where),
                 QVariantList{today.toString(Qt::ISODate)} + values) ||
        !sql.next())
        return Result<CaseCounts>::failure(
            tr("Cannot read the cases from %1: %2").arg(m_database.path(), failureText(sql)));
    return Result<CaseCounts>::success(
        CaseCounts{sql.value(0).toInt(), sql.value(1).toInt(), sql.value(2).toInt()});
}

Result<QList<CaseSummary>> CaseRepository::listForDay(const QDate& day, const QString& centerCode,
                                                      int window) const
{
    QString where = QStringLiteral("f.received_on = ? AND f.center_code = ?");
    QVariantList values = {day.toString(Qt::ISODate), centerCode.trimmed()};
    if (window != 0) {
        where += QStringLiteral(" AND f.window_no = ?");
        values.append(window);
    }
    return summaries(where, values, QStringLiteral("f.window_no, f.sequence"));
}

Result<QList<CaseSummary>> CaseRepository::archive(const QString& identifier) const
{
    return summaries(QStringLiteral("f.applicant_identifier = ?"), {archiveKey(identifier)},
                     QStringLiteral("f.received_at DESC, f.number DESC"));
}

Result<std::optional<Applicant>> CaseRepository::applicant(const QString& identifier) const
{
    using R = Result<std::optional<Applicant>>;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM applicant WHERE identifier = ?")
                      .arg(QLatin1String(ApplicantColumns)));
    query.addBindValue(archiveKey(identifier));
    if (!query.exec())
        return R::failure(tr("Cannot read the applicants' archive from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(applicantFrom(query, 0));
}

Result<int> CaseRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM case_file")) || !query.next())
        return Result<int>::failure(
            tr("Cannot read the cases from %1: %2").arg(m_database.path(), failureText(query)));
    return Result<int>::success(query.value(0).toInt());
}

} // namespace ow
