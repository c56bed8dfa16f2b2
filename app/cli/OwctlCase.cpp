// owctl case …: one case, and a day's cases, with the applicants' personal data masked.
#include "Owctl.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/CaseJson.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "security/PersonalData.h"
#include "json/JsonWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ow {

namespace {

const SystemClock& caseClock()
{
    static const SystemClock clock;
    return clock;
}

void dateValue(JsonWriter& out, const QDate& date)
{
    if (date.isValid())
        out.value(date.toString(Qt::ISODate));
    else
        out.null();
}

// The shape of `case show --json`. Identifiers, phone numbers and the agent's name are masked;
// the birth date (part of the ID number) and the disability certificate number are left out.
QByteArray caseJson(const Case& c)
{
    JsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("id")).value(c.id);
    out.key(QStringLiteral("number")).value(c.number);
    out.key(QStringLiteral("check_code")).value(CaseNumber::checkCode(c.id, c.number));
    out.key(QStringLiteral("status")).value(CaseLifecycle::key(c.status()));
    out.key(QStringLiteral("center")).value(c.centerCode);
    out.key(QStringLiteral("window")).value(c.window);
    out.key(QStringLiteral("clerk")).value(c.clerk);
    out.key(QStringLiteral("received_at")).value(c.receivedAt.toString(Qt::ISODateWithMs));

    const Applicant& applicant = c.applicant;
    const bool person = applicant.kind == Applicant::Kind::Person;
    out.key(QStringLiteral("applicant")).beginObject();
    out.key(QStringLiteral("kind"))
        .value(person ? QStringLiteral("person") : QStringLiteral("enterprise"));
    out.key(QStringLiteral("name")).value(applicant.name);
    out.key(QStringLiteral("identifier")).value(PersonalData::maskIdNumber(applicant.identifier));
    out.key(QStringLiteral("phone")).value(PersonalData::maskPhone(applicant.phone));
    out.key(QStringLiteral("address")).value(applicant.address);
    if (person) {
        out.key(QStringLiteral("disabled")).value(applicant.disabled);
    } else {
        out.key(QStringLiteral("legal_representative")).value(applicant.legalRepresentative);
        out.key(QStringLiteral("contact_name"))
            .value(PersonalData::maskName(applicant.contactName));
    }
    out.endObject();

    out.key(QStringLiteral("agent"));
    if (c.agent) {
        out.beginObject();
        out.key(QStringLiteral("name")).value(PersonalData::maskName(c.agent->name));
        out.key(QStringLiteral("id_number")).value(PersonalData::maskIdNumber(c.agent->idNumber));
        out.key(QStringLiteral("phone")).value(PersonalData::maskPhone(c.agent->phone));
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
    for (const CaseMaterial& material : c.materials) {
        out.beginObject();
        out.key(QStringLiteral("key")).value(material.key);
        out.key(QStringLiteral("name")).value(material.name);
        out.key(QStringLiteral("form")).value(CaseRepository::formKey(material.form));
        out.key(QStringLiteral("copies")).value(material.copies);
        out.key(QStringLiteral("required")).value(material.required);
        out.key(QStringLiteral("conditions")).value(material.conditions);
        out.key(QStringLiteral("items")).value(material.itemCodes);
        out.key(QStringLiteral("state")).value(CaseRepository::stateKey(material.state));
        out.key(QStringLiteral("pages")).value(material.pages);
        out.key(QStringLiteral("scans")).value(int(material.scans.size()));
        out.key(QStringLiteral("note")).value(material.note);
        out.endObject();
    }
    out.endArray();

    out.key(QStringLiteral("events")).beginArray();
    for (const CaseEvent& event : c.events) {
        out.beginObject();
        out.key(QStringLiteral("status")).value(CaseLifecycle::key(event.to));
        out.key(QStringLiteral("at")).value(event.at.toString(Qt::ISODateWithMs));
        out.key(QStringLiteral("user")).value(event.userName);
        out.key(QStringLiteral("note")).value(event.note);
        out.endObject();
    }
    out.endArray();

    out.key(QStringLiteral("accepted_on"));
    dateValue(out, c.acceptedOn);
    out.key(QStringLiteral("due_date"));
    dateValue(out, c.dueDate);
    out.key(QStringLiteral("due_provisional")).value(c.dueProvisional);
    out.key(QStringLiteral("calendar_version")).value(c.calendarVersion);
    out.key(QStringLiteral("decision_note")).value(c.decisionNote);
    out.endObject();
    return out.toUtf8();
}

// The shape of `case list --json`: names and identifiers masked, as in any list.
QByteArray listJson(const QList<CaseSummary>& cases)
{
    JsonWriter out;
    out.beginArray();
    for (const CaseSummary& summary : cases) {
        out.beginObject();
        out.key(QStringLiteral("id")).value(summary.id);
        out.key(QStringLiteral("number")).value(summary.number);
        out.key(QStringLiteral("status")).value(CaseLifecycle::key(summary.status));
        out.key(QStringLiteral("applicant_name"))
            .value(PersonalData::maskName(summary.applicantName));
        out.key(QStringLiteral("applicant_identifier")).value(summary.applicantIdentifierMasked);
        out.key(QStringLiteral("items")).value(summary.itemCodes);
        out.key(QStringLiteral("received_on")).value(summary.receivedOn.toString(Qt::ISODate));
        out.key(QStringLiteral("due_date"));
        dateValue(out, summary.dueDate);
        out.key(QStringLiteral("due_provisional")).value(summary.dueProvisional);
        out.key(QStringLiteral("green_channel")).value(summary.greenChannel);
        out.key(QStringLiteral("clerk")).value(summary.clerk);
        out.endObject();
    }
    out.endArray();
    return out.toUtf8();
}

} // namespace

int Owctl::caseCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(tr("case needs a subcommand: show, list, export, import or archive"));
    const QString sub = words.first();
    if (sub == QLatin1String("archive"))
        return caseArchive(words.mid(1));
    if (sub == QLatin1String("show")) {
        if (words.size() < 2 || words.at(1).startsWith(QLatin1Char('-')))
            return usageError(tr("case show needs a case number, e.g. XC01-03-20261130-0007"));
        const std::optional<CaseNumber> number = CaseNumber::parse(words.at(1));
        if (!number)
            return usageError(tr("'%1' is not a case number (centre-window-date-sequence, e.g. "
                                 "XC01-03-20261130-0007)")
                                  .arg(words.at(1)));
        const QStringList options = words.mid(2);
        for (const QString& option : options) {
            if (option != QLatin1String("--json"))
                return usageError(tr("case show: unknown argument '%1'").arg(option));
        }
        if (!options.contains(QStringLiteral("--json")))
            return usageError(tr("case show needs --json (the only format so far)"));
        int exitCode = 0;
        const std::unique_ptr<Database> database = openExisting(exitCode);
        if (!database)
            return exitCode;
        const std::optional<Session> session =
            authorize(*database, Action::ViewApplicantArchive, exitCode);
        if (!session)
            return exitCode;
        const auto found = CaseRepository(*database).findByNumber(number->text());
        if (!found)
            return failure(found.error());
        if (!found.value())
            return failure(tr("there is no case %1").arg(number->text()));
        // Who looked at whose case: recorded before anything is shown.
        AccountService accounts(*database, caseClock());
        if (const Status s =
                accounts.audit(*session, QStringLiteral("case_viewed"), number->text());
            !s)
            return failure(s.error());
        print(caseJson(*found.value()) + '\n');
        return 0;
    }
    if (sub == QLatin1String("list")) {
        QDate day;
        bool json = false;
        for (int i = 1; i < words.size(); ++i) {
            const QString option = words.at(i).section(QLatin1Char('='), 0, 0);
            QString value;
            QString error;
            if (words.at(i) == QLatin1String("--json")) {
                json = true;
            } else if (option == QLatin1String("--date")) {
                if (!takeValue(words, i, option, value, error))
                    return usageError(error);
                day = QDate::fromString(value, Qt::ISODate);
                if (!day.isValid())
                    return usageError(
                        tr("%1 takes a date YYYY-MM-DD, got '%2'").arg(option, value));
            } else {
                return usageError(tr("case list: unknown argument '%1'").arg(words.at(i)));
            }
        }
        if (!day.isValid())
            return usageError(tr("case list needs --date YYYY-MM-DD"));
        int exitCode = 0;
        const std::unique_ptr<Database> database = openExisting(exitCode);
        if (!database)
            return exitCode;
        const std::optional<Session> session = authorize(*database, Action::TakeIntake, exitCode);
        if (!session)
            return exitCode;
        const auto cases = CaseRepository(*database).listForDay(day, session->hall.centerCode);
        if (!cases)
            return failure(cases.error());
        AccountService accounts(*database, caseClock());
        if (const Status s =
                accounts.audit(*session, QStringLiteral("case_list_viewed"),
                               day.toString(Qt::ISODate), QString::number(cases.value().size()));
            !s)
            return failure(s.error());
        if (json) {
            print(listJson(cases.value()) + '\n');
            return 0;
        }
        if (cases.value().isEmpty()) {
            print(tr("no cases on %1\n").arg(day.toString(Qt::ISODate)).toUtf8());
            return 0;
        }
        for (const CaseSummary& summary : cases.value())
            print(QStringLiteral("%1  %2  %3  %4  %5%6\n")
                      .arg(summary.number, -22)
                      .arg(CaseLifecycle::displayName(summary.status), -8)
                      .arg(PersonalData::maskName(summary.applicantName), -6)
                      .arg(summary.applicantIdentifierMasked, -18)
                      .arg(summary.itemCodes.join(u' '),
                           summary.dueDate.isValid()
                               ? QStringLiteral("  ") +
                                     tr("due %1").arg(summary.dueDate.toString(Qt::ISODate))
                               : QString())
                      .toUtf8());
        return 0;
    }
    if (sub == QLatin1String("export"))
        return caseExport(words.mid(1));
    if (sub == QLatin1String("import"))
        return caseImport(words.mid(1));
    return usageError(tr("unknown case subcommand '%1'").arg(sub));
}

// owctl case export [--from D] [--to D] --json -o FILE: every case received in the range,
// complete and unmasked (docs/case-json.md). A personal-data export: it needs the right to
// export cases and to see full ID numbers, goes to a file only the owner can read (never to
// standard output), and is recorded in the audit log with its count in the same transaction
// that lets the file appear.
int Owctl::caseExport(const QStringList& words)
{
    QDate from;
    QDate to;
    bool json = false;
    QString output;
    for (int i = 0; i < words.size(); ++i) {
        const QString option = words.at(i).section(QLatin1Char('='), 0, 0);
        QString value;
        QString error;
        if (words.at(i) == QLatin1String("--json")) {
            json = true;
        } else if (option == QLatin1String("--from") || option == QLatin1String("--to")) {
            if (!takeValue(words, i, option, value, error))
                return usageError(error);
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid() || value.size() != 10)
                return usageError(tr("%1 takes a date YYYY-MM-DD, got '%2'").arg(option, value));
            (option == QLatin1String("--from") ? from : to) = date;
        } else if (option == QLatin1String("-o") || option == QLatin1String("--output")) {
            if (!takeValue(words, i, option, output, error))
                return usageError(error);
        } else {
            return usageError(tr("case export: unknown argument '%1'").arg(words.at(i)));
        }
    }
    if (!json)
        return usageError(tr("case export needs --json (the only format so far)"));
    if (output.isEmpty())
        return usageError(tr("case export writes ID numbers and phones in full: it needs -o FILE "
                             "and never prints them"));
    if (from.isValid() && to.isValid() && to < from)
        return usageError(tr("--to %1 is before --from %2")
                              .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const std::optional<Session> session = authorize(*database, Action::ExportCases, exitCode);
    if (!session)
        return exitCode;
    AccountService accounts(*database, caseClock());
    if (const Status allowed = accounts.require(*session, Action::ViewFullIdNumber); !allowed) {
        std::fprintf(stderr, "owctl: %s\n", qUtf8Printable(allowed.error()));
        return 4;
    }
    const Result<QList<Case>> cases = CaseRepository(*database).casesReceived(from, to);
    if (!cases)
        return failure(cases.error());

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("cannot write %1: %2").arg(output, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = CaseJson::write(cases.value()) + '\n';
    if (file.write(bytes) != bytes.size())
        return failure(tr("cannot write %1: %2").arg(output, file.errorString()));
    // The record and the file: both or neither.
    SqlTransaction transaction(database->connection());
    if (!transaction.beginImmediate())
        return failure(transaction.error());
    const QString range =
        QStringLiteral("%1..%2").arg(from.isValid() ? from.toString(Qt::ISODate) : QString(),
                                     to.isValid() ? to.toString(Qt::ISODate) : QString());
    if (const Status s = accounts.audit(*session, QStringLiteral("cases_exported"), range,
                                        QString::number(cases.value().size()));
        !s)
        return failure(s.error());
    if (!file.commit())
        return failure(tr("cannot write %1: %2").arg(output, file.errorString()));
    if (!transaction.commit()) {
        QFile::remove(output);
        return failure(transaction.error());
    }
    print(tr("cases exported to %1: %2\n").arg(output).arg(cases.value().size()).toUtf8());
    return 0;
}

// owctl case import FILE.json: every case of the document, or none. The document is checked
// whole before the database is opened; a case already there (same id and number) is skipped.
int Owctl::caseImport(const QStringList& words)
{
    if (words.size() != 1 || words.first().startsWith(QLatin1Char('-')))
        return usageError(tr("case import needs one file: owctl case import FILE.json"));
    const QString path = words.first();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return failure(
            tr("cannot read %1: %2")
                .arg(path, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()));
    const Result<QList<Case>> cases = CaseJson::read(file.readAll());
    if (!cases)
        return failure(tr("%1: %2; nothing was imported").arg(path, cases.error()));

    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const std::optional<Session> session = authorize(*database, Action::TakeIntake, exitCode);
    if (!session)
        return exitCode;
    AccountService accounts(*database, caseClock());
    if (const Status allowed = accounts.require(*session, Action::DecideCase); !allowed) {
        std::fprintf(stderr, "owctl: %s\n", qUtf8Printable(allowed.error()));
        return 4;
    }
    SqlTransaction transaction(database->connection());
    if (!transaction.beginImmediate())
        return failure(transaction.error());
    AuditLog audit = accounts.auditLog();
    const Result<CaseRepository::ImportCounts> counts =
        CaseRepository(*database).importCases(cases.value(), audit, session->user.name);
    if (!counts)
        return failure(tr("%1: %2").arg(path, counts.error()));
    if (const Status s =
            accounts.audit(*session, QStringLiteral("cases_imported"), QFileInfo(path).fileName(),
                           QStringLiteral("imported %1, skipped %2")
                               .arg(counts.value().imported)
                               .arg(counts.value().skipped));
        !s)
        return failure(s.error());
    if (!transaction.commit())
        return failure(transaction.error());
    print(tr("imported %1, skipped %2\n")
              .arg(counts.value().imported)
              .arg(counts.value().skipped)
              .toUtf8());
    return 0;
}

} // namespace ow
