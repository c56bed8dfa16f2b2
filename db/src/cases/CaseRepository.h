#pragma once

#include "cases/Case.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

class AuditLog;
class Database;

// One line of a list of cases (the day list, an applicant's archive): what a clerk needs to pick
// a case, with the applicant's identifier already masked.
struct CaseSummary
{
    QString id, number;
    QString applicantName;
    QString applicantIdentifierMasked;
    QStringList itemCodes;
    CaseStatus status = CaseStatus::Received;
    QDate receivedOn;
    QDate dueDate;
    bool dueProvisional = false;
    bool greenChannel = false;
    QString clerk;
    // Where it sits in a list: a list is in (day, centre, window, sequence) order.
    QString centerCode;
    int window = 0;
    int sequence = 0;
};

// Which cases a list shows: a centre's cases received from one day to another (both included),
// of every window (window 0) or one.
struct CaseListQuery
{
    QDate from;
    QDate to;
    QString centerCode;
    int window = 0;
    // Which cases: "" every one, "open" those still open, "overdue" open ones due before
    // `today`, or one status key (accepted, supplement_requested …).
    QString show;
    QDate today;
};

struct CaseCounts
{
    int total = 0;
    int overdue = 0;      // open, and due before the day counted on
    int greenChannel = 0; // 绿色通道: elderly (60+) or disabled applicants
};

// Cases (办件) and the applicants' archive (一人一档 / 一企一档) in the local database. Every
// write is one transaction with its audit record: the audit log joins it, so a case and the
// record of it are stored together or not at all. The event log is append-only (the database
// refuses changes to it); case_file.status is its copy, kept in the same transaction.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseRepository)

public:
    explicit CaseRepository(Database& database) : m_database(database) {}

    // Stores a case taken at a window. The draft gives the centre, window, clerk, receivedAt (its
    // local date is the case's day), the applicant, items, materials and its events, beginning
    // with 收件. In one BEGIN IMMEDIATE transaction the case gets the window's next number of
    // that day (and a UUID when it has none), the applicant's archive row is added or brought up
    // to date, and the audit record case_received is appended (subject: the number; detail: the
    // item codes). Identifiers and phone numbers are checked and stored normalised.
    Result<Case> create(Case draft, AuditLog& audit);

    Result<Case> load(const QString& caseId) const;
    Result<std::optional<Case>> findByNumber(const QString& number) const;

    // Appends an event the case's current status allows (CaseLifecycle::next), no earlier than
    // the last one, updates the status copy and appends the audit record auditAction.
    Status appendEvent(const QString& caseId, const CaseEvent& event, AuditLog& audit,
                       const QString& auditAction);
    // The decision at the counter, 受理 / 补正 / 不予受理, with what it rests on: the checklist as
    // the clerk left it, the acceptance date and deadline (受理), the note (reasons of a refusal,
    // what a supplement notice adds). All of it, the event and the audit record (case_accepted,
    // case_supplement_requested or case_refused) in one transaction.
    Status recordDecision(const QString& caseId, const CaseEvent& event,
                          const QList<CaseMaterial>& materials, const QDate& acceptedOn,
                          const QDate& dueDate, bool provisional, const QString& calendarVersion,
                          const QString& decisionNote, AuditLog& audit);

    // Stores a complete case from outside (owctl case import) as it is: its id, its number (and
    // so its day and sequence), applicant, agent, items, checklist, decision and every event.
    // The applicant's archive row is added, or brought up to date when this case is newer than
    // what it holds. A case already stored under the same id and number is left alone
    // (AlreadyPresent: importing the same file twice changes nothing); the same id under another
    // number, or the number taken by another case, is an error. Appends the audit record
    // case_imported (subject: the number; detail: the item codes) by importedBy. Joins the
    // caller's transaction, so a batch is stored whole or not at all.
    enum class ImportOutcome
    {
        Imported,
        AlreadyPresent
    };
    Result<ImportOutcome> importCase(Case c, AuditLog& audit, const QString& importedBy);
    struct ImportCounts
    {
        int imported = 0;
        int skipped = 0;
    };
    // importCase for each, all in one BEGIN IMMEDIATE transaction: the first failure stores
    // nothing and names the case (cases[i] and its number).
    Result<ImportCounts> importCases(const QList<Case>& cases, AuditLog& audit,
                                     const QString& importedBy);
    // Every case received from `from` to `to` (local days, inclusive; an invalid date leaves
    // that end open), complete, in day, centre, window and number order: what export writes.
    Result<QList<Case>> casesReceived(const QDate& from, const QDate& to) const;

    // A centre's cases of one day, of every window (window 0) or one, in number order.
    Result<QList<CaseSummary>> listForDay(const QDate& day, const QString& centerCode,
                                          int window = 0) const;
    // One page of a list, in (day, centre, window, sequence) order: the first `limit` cases after
    // `after` (from the start when null). Keyset pagination: the page is found through the day
    // index, so page 2,500 of a year costs what page 1 does.
    Result<QList<CaseSummary>> page(const CaseListQuery& query, const CaseSummary* after,
                                    int limit) const;
    Result<CaseCounts> counts(const CaseListQuery& query, const QDate& today) const;
    // Every case of one applicant (resident ID or credit code), newest first.
    Result<QList<CaseSummary>> archive(const QString& identifier) const;
    // The archive row of an applicant, to prefill the intake form.
    Result<std::optional<Applicant>> applicant(const QString& identifier) const;
    Result<int> count() const;

    // A material's state and form as case_material stores them (owctl prints the same keys).
    static QString stateKey(CaseMaterial::State state);
    static std::optional<CaseMaterial::State> stateFromKey(const QString& key);
    static QString formKey(MaterialForm form); // 原件, 复印件, 电子
    static std::optional<MaterialForm> formFromKey(const QString& key);

private:
    Status run(const QString& sql, const QVariantList& values, const QString& what);
    Result<QList<CaseSummary>> summaries(const QString& where, const QVariantList& values,
                                         const QString& order, int limit = 0) const;
    Result<QList<CaseEvent>> eventsOf(const QString& caseId) const;
    Status insertEvent(const QString& caseId, int position, const CaseEvent& event);
    Status insertMaterials(const QString& caseId, const QList<CaseMaterial>& materials);
    // The event a case would get next: its number, the event's position in the log and the
    // status it leads to; refused when the log does not allow it (appendEvent, recordDecision).
    struct NextEvent
    {
        QString number;
        int position = 0;
        CaseStatus status = CaseStatus::Received;
    };
    Result<NextEvent> nextEvent(const QString& caseId, const CaseEvent& event) const;
    Status storeCase(const Case& c, const QDate& day, int sequence, CaseStatus status,
                     bool keepNewerApplicant);
    Result<QString> numberOf(const QString& caseId) const;

    Database& m_database;
};

} // namespace ow
