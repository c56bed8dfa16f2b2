#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

// Reference data published in the central store (server-authoritative, versioned) becomes the
// working data of this workstation. The pull stores each document in sync_reference; apply()
// then brings every document whose version is not applied yet into the working tables, inside
// the pull's transaction (with the pulled rows and the cursor), and records it in
// reference_applied. A document this OneWindow cannot use is skipped: what it had changed is
// undone (a savepoint), and the refusal, with a message naming it, is recorded in
// reference_refused so that the same version is not tried again; the other documents are
// applied, and a later (corrected) version of it is applied when it arrives.
//
// The documents (kind / key: body):
//   catalog / release      a published catalog version (CatalogPublisher): {version,
//                          effective_on, note, published_at, published_by, sha256, catalog,
//                          guides: {item code: guide}, materials: [dictionary]}; it becomes
//                          catalog_release version N, the catalog in use, and the guides as
//                          published versions (earlier versions stay: a case keeps the version it
//                          was taken under)
//   guide / item code      one guide (db/seed/guides form), a published version of that item's
//   materials / dictionary the materials dictionary (db/seed/materials.json form), added or
//                          updated (a key is never removed: guides of old cases name it)
//   calendar / holidays    the holiday calendar (db/seed/calendar/holidays.json form); its years
//                          take the place of the built-in ones (CalendarData::load(Database&))
class ReferenceApply
{
    Q_DECLARE_TR_FUNCTIONS(ow::ReferenceApply)

public:
    static const QStringList& kinds();

    // What can be said of a document without a database: a known kind and key, a body of the
    // kind's form. owctl central publish checks with it before anything is sent.
    static Status check(const QString& kind, const QString& key, const QByteArray& body);

    // The document of a catalog version published here, to publish in the central store.
    static Result<QByteArray> releaseDocument(Database& database, int version);

    explicit ReferenceApply(Database& database) : m_database(database) {}

    // Applies every pulled document not applied (nor refused) yet. Joins the caller's
    // transaction. The documents refused now are appended to refused (one message each).
    Status apply(const QDateTime& now = QDateTime::currentDateTimeUtc(),
                 QStringList* refused = nullptr);
    // The refusals still in force (their version is the newest one pulled), one message each.
    static Result<QStringList> refusals(Database& database);

private:
    Status applyOne(const QString& kind, const QString& key, const QByteArray& body);
    Status applyMaterials(const QByteArray& body, const QString& source);
    Status applyGuide(const QByteArray& body, const QString& source, bool fromRelease);
    Status applyRelease(const QByteArray& body, const QString& source);

    Database& m_database;
};

} // namespace ow
