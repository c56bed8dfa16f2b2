#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ow {

class AuditLog;
class Database;

// 同源管理: the catalog and guides are changed as drafts and put in force for every counter by
// publishing a numbered version with an effective date and a note. Imports are checked in full
// before anything is written (a bad file changes nothing); publishing checks the whole draft
// (PublishCheck) against the version before and then, in one transaction with its audit record,
// brings the draft catalog into use, marks the newest guide drafts published and keeps the
// version, which is never changed afterwards.
class CatalogPublisher
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogPublisher)

public:
    struct Release
    {
        int version = 0;
        QDate effectiveOn;
        QString note;
        QDateTime publishedAt;
        QString publishedBy;
        QString sha256;
        int itemCount = 0;
        int guideCount = 0;
        QStringList materials; // the dictionary entries this version added or changed
    };

    // What an import changed: "catalog" (221 items) or "guide E001 version 2".
    struct Imported
    {
        QString what;
        QString summary;
    };

    explicit CatalogPublisher(Database& database) : m_database(database) {}

    // A catalog (JSON as `owctl catalog export --json` writes it, or CSV with its header) becomes
    // the draft catalog; a guide (JSON as in db/seed/guides) becomes the item's next draft
    // version. The kind is told by the content, not the file name.
    Result<Imported> importFile(const QByteArray& bytes, const QString& sourceName,
                                const QString& userName, const QDateTime& now, AuditLog& audit);
    // The problems that would stop a publication now (empty: it can go ahead). Pending guides
    // (edited on the administrator screen, not stored yet) stand in for their item's newest
    // version.
    // A catalog given stands in for the draft (an edit on the screen, not stored yet).
    Result<QStringList> check(const QList<Guide>& pending = {},
                              const std::optional<Catalog>& catalog = std::nullopt) const;
    // Publishing stores the pending guides as drafts first, in the same transaction: nothing is
    // stored when the check finds a problem.
    Result<Release> publish(const QString& note, const QDate& effectiveOn, const QString& userName,
                            const QDateTime& now, AuditLog& audit,
                            const QList<Guide>& pending = {});
    // The catalog a publication would put in force: the draft, or the one in force.
    Result<Catalog> workingCatalog() const { return draftOrCurrentCatalog(); }
    // Adds or changes one entry of the materials dictionary as a draft (with its audit record):
    // the counters keep the dictionary in force until the next publication, which checks the
    // draft with everything else and brings it in. The key is lower-case letters, digits and
    // '_'; a changed waiving rule must still agree with every guide that asks for the material.
    Status saveMaterial(const MaterialDefinition& definition, const QString& userName,
                        const QDateTime& now, AuditLog& audit);
    // The dictionary a publication would put in force: the one in force with the drafts over it.
    Result<GuideJson::Dictionary> workingDictionary() const;
    // The keys of the materials saved as drafts, not yet published (sorted).
    Result<QStringList> draftMaterials() const;
    // The dictionary a published version put in force (nothing for a version published before
    // the dictionary was kept with it).
    Result<std::optional<GuideJson::Dictionary>> releaseMaterials(int version) const;

    // How many cases name this item or sub-item code (a sub-item they use cannot be removed).
    Result<int> casesUsing(const QString& code) const;

    Result<QList<Release>> releases() const; // oldest first
    Result<std::optional<Release>> current() const;
    // Whether an imported catalog waits to be published, and which guides have unpublished
    // drafts newer than their version in force.
    Result<bool> hasDraftCatalog() const;
    Result<QStringList> draftGuides() const;

private:
    Result<Catalog> draftOrCurrentCatalog() const;

    Database& m_database;
};

} // namespace ow
