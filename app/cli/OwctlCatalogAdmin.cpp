// owctl catalog import | check | publish | versions | ledger, guide versions | diff: 同源管理 from
// the command line (CatalogPublisher). Changes need a user allowed to edit (import) or publish.
#include "CentralPublications.h"
#include "Owctl.h"

#include "Database.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogPublisher.h"
#include "catalog/PlanLedger.h"
#include "common/Clock.h"
#include "guide/GuideDiff.h"
#include "guide/GuideRepository.h"
#include "json/JsonWriter.h"

#include <QFile>

namespace ow {

namespace {

const SystemClock& adminClock()
{
    static const SystemClock clock;
    return clock;
}

void writeRelease(JsonWriter& out, const CatalogPublisher::Release& release)
{
    out.beginObject();
    out.key(QStringLiteral("version")).value(release.version);
    out.key(QStringLiteral("effective_on")).value(release.effectiveOn.toString(Qt::ISODate));
    out.key(QStringLiteral("note")).value(release.note);
    out.key(QStringLiteral("published_at")).value(release.publishedAt.toString(Qt::ISODateWithMs));
    out.key(QStringLiteral("published_by")).value(release.publishedBy);
    out.key(QStringLiteral("items")).value(release.itemCount);
    out.key(QStringLiteral("guides")).value(release.guideCount);
    out.key(QStringLiteral("sha256")).value(release.sha256);
    out.endObject();
}

} // namespace

int Owctl::catalogAdminCommand(const QString& sub, const QStringList& words)
{
    QString file, note, effective, central;
    bool json = false;
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        QString error;
        if (word == QLatin1String("--json")) {
            json = true;
        } else if (word == QLatin1String("--note") || word.startsWith(QLatin1String("--note="))) {
            if (!takeValue(words, i, QStringLiteral("--note"), note, error))
                return usageError(error);
        } else if (word == QLatin1String("--effective") ||
                   word.startsWith(QLatin1String("--effective="))) {
            if (!takeValue(words, i, QStringLiteral("--effective"), effective, error))
                return usageError(error);
        } else if (sub == QLatin1String("publish") &&
                   (word == QLatin1String("--central") ||
                    word.startsWith(QLatin1String("--central=")))) {
            if (!takeValue(words, i, QStringLiteral("--central"), central, error))
                return usageError(error);
        } else if (sub == QLatin1String("import") && file.isEmpty() && !word.startsWith(u'-')) {
            file = word;
        } else {
            return usageError(tr("catalog %1: unknown argument '%2'").arg(sub, word));
        }
    }
    if (sub == QLatin1String("import") && file.isEmpty())
        return usageError(tr("catalog import needs a file: a catalog (JSON or CSV) or a guide "
                             "(JSON)"));
    if (sub == QLatin1String("publish") && note.trimmed().isEmpty())
        return usageError(tr("catalog publish needs --note TEXT saying what changed"));
    QDate effectiveOn = QDate::currentDate();
    if (!effective.isEmpty()) {
        effectiveOn = QDate::fromString(effective, Qt::ISODate);
        if (!effectiveOn.isValid())
            return usageError(tr("--effective takes a date YYYY-MM-DD, got '%1'").arg(effective));
    }

    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    CatalogPublisher publisher(*database);

    if (sub == QLatin1String("versions")) {
        const auto releases = publisher.releases();
        if (!releases)
            return failure(releases.error());
        if (json) {
            JsonWriter out;
            out.beginArray();
            for (const CatalogPublisher::Release& release : releases.value())
                writeRelease(out, release);
            out.endArray();
            print(out.toUtf8() + '\n');
            return 0;
        }
        if (releases.value().isEmpty())
            print(tr("no version published yet: the counters use the catalog and guides as "
                     "loaded\n")
                      .toUtf8());
        for (const CatalogPublisher::Release& release : releases.value())
            print(tr("v%1  effective %2  %3 items, %4 guides  published %5 by %6: %7\n")
                      .arg(release.version)
                      .arg(release.effectiveOn.toString(Qt::ISODate))
                      .arg(release.itemCount)
                      .arg(release.guideCount)
                      .arg(release.publishedAt.toLocalTime().toString(
                               QStringLiteral("yyyy-MM-dd HH:mm")),
                           release.publishedBy, release.note)
                      .toUtf8());
        const auto draft = publisher.hasDraftCatalog();
        const auto guides = publisher.draftGuides();
        if (draft && draft.value())
            print(tr("a draft catalog waits to be published\n").toUtf8());
        if (guides && !guides.value().isEmpty())
            print(tr("guide drafts: %1\n").arg(guides.value().join(QStringLiteral(", "))).toUtf8());
        if (const auto materials = publisher.draftMaterials();
            materials && !materials.value().isEmpty())
            print(tr("material drafts: %1\n")
                      .arg(materials.value().join(QStringLiteral(", ")))
                      .toUtf8());
        return 0;
    }
    if (sub == QLatin1String("ledger")) {
        const auto ledger = PlanLedger::load(*database);
        if (!ledger)
            return failure(ledger.error());
        if (json) {
            JsonWriter out;
            out.beginObject();
            out.key(QStringLiteral("target")).value(PlanLedger::Target);
            out.key(QStringLiteral("lifecycles")).beginArray();
            for (const PlanLedger::Count& count : ledger.value().counts) {
                out.beginObject();
                out.key(QStringLiteral("code")).value(count.lifecycle);
                out.key(QStringLiteral("name")).value(count.name);
                out.key(QStringLiteral("items")).value(count.items);
                out.key(QStringLiteral("minimal")).value(count.minimal);
                out.key(QStringLiteral("integrated")).value(count.integrated);
                out.key(QStringLiteral("anywhere")).value(count.anywhere);
                out.key(QStringLiteral("counted")).value(count.counted);
                out.key(QStringLiteral("target")).value(count.target);
                out.endObject();
            }
            out.endArray();
            out.key(QStringLiteral("items")).beginArray();
            for (const PlanLedger::Entry& entry : ledger.value().entries) {
                out.beginObject();
                out.key(QStringLiteral("code")).value(entry.code);
                out.key(QStringLiteral("name")).value(entry.name);
                out.key(QStringLiteral("scene")).value(entry.scene);
                out.key(QStringLiteral("minimal")).value(entry.minimal);
                out.key(QStringLiteral("minimal_why")).value(entry.minimalWhy);
                out.key(QStringLiteral("integrated")).value(entry.integrated);
                out.key(QStringLiteral("anywhere")).value(entry.anywhere);
                out.endObject();
            }
            out.endArray();
            out.endObject();
            print(out.toUtf8() + '\n');
            return 0;
        }
        for (const PlanLedger::Count& count : ledger.value().counts)
            print(tr("%1 %2: %3 of %4 items counted towards the target of %5 (极简办 %6, 集成办 "
                     "%7, 全域办 %8)\n")
                      .arg(count.lifecycle, count.name)
                      .arg(count.counted)
                      .arg(count.items)
                      .arg(count.target)
                      .arg(count.minimal)
                      .arg(count.integrated)
                      .arg(count.anywhere)
                      .toUtf8());
        return 0;
    }
    if (sub == QLatin1String("check")) {
        const auto problems = publisher.check();
        if (!problems)
            return failure(problems.error());
        for (const QString& problem : problems.value())
            print((problem + u'\n').toUtf8());
        if (!problems.value().isEmpty())
            return failure(tr("%n problem(s) to fix before publishing", nullptr,
                              int(problems.value().size())));
        print(tr("ready to publish\n").toUtf8());
        return 0;
    }

    const Action action =
        sub == QLatin1String("import") ? Action::EditCatalog : Action::PublishCatalog;
    const std::optional<Session> session = authorize(*database, action, exitCode);
    if (!session)
        return exitCode;
    AccountService accounts(*database, adminClock());
    AuditLog audit = accounts.auditLog();
    const QDateTime now = adminClock().now();
    if (sub == QLatin1String("import")) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return failure(tr("cannot read %1: %2").arg(file, in.errorString()));
        if (in.size() > 32 * 1024 * 1024)
            return failure(tr("%1 is larger than 32 MB: not a catalog or guide").arg(file));
        const auto imported =
            publisher.importFile(in.readAll(), file, session->user.name, now, audit);
        if (!imported)
            return failure(imported.error());
        print(tr("imported %1; publish it with: owctl catalog publish --note TEXT\n")
                  .arg(imported.value().summary)
                  .toUtf8());
        return 0;
    }
    const auto release = publisher.publish(note, effectiveOn, session->user.name, now, audit);
    if (!release)
        return failure(release.error());
    if (json) {
        JsonWriter out;
        writeRelease(out, release.value());
        print(out.toUtf8() + '\n');
    } else {
        print(tr("published catalog version %1 (%2 items, %3 guides), effective %4\n")
                  .arg(release.value().version)
                  .arg(release.value().itemCount)
                  .arg(release.value().guideCount)
                  .arg(release.value().effectiveOn.toString(Qt::ISODate))
                  .toUtf8());
    }
    // To every hall: the version goes to the central store, and each counter applies it on
    // its next sync. Should that fail, the version stays published here; send it again with
    // owctl central publish catalog release.
    if (!central.isEmpty()) {
        const int sent =
            centralCommand({QStringLiteral("publish"), QStringLiteral("catalog"),
                            QStringLiteral("release"), QStringLiteral("--central"), central});
        // Sent: the sync does not send it again.
        if (sent == 0)
            if (const Status noted = CentralPublications::markSent(
                    *database, QStringLiteral("catalog"), QString::number(release.value().version),
                    0, adminClock().now());
                !noted)
                return failure(noted.error());
        return sent;
    }
    return 0;
}

int Owctl::guideHistoryCommand(const QString& sub, const QString& code, const QStringList& words)
{
    bool json = false;
    QList<int> wanted;
    for (const QString& word : words) {
        bool ok = false;
        const int version = word.toInt(&ok);
        if (word == QLatin1String("--json"))
            json = true;
        else if (sub == QLatin1String("diff") && ok && version > 0 && wanted.size() < 2)
            wanted.append(version);
        else
            return usageError(tr("guide %1: unexpected argument '%2'").arg(sub, word));
    }
    if (sub == QLatin1String("diff") && wanted.size() != 2)
        return usageError(tr("guide diff needs two version numbers, e.g. guide diff E001 1 2"));
    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const GuideRepository guides(*database);
    if (sub == QLatin1String("versions")) {
        const auto versions = guides.versions(code);
        if (!versions)
            return failure(versions.error());
        if (versions.value().isEmpty())
            return failure(tr("%1 has no guide").arg(code));
        for (int version : versions.value()) {
            const auto guide = guides.version(code, version);
            if (!guide || !guide.value())
                return failure(guide ? tr("%1 v%2 is missing").arg(code).arg(version)
                                     : guide.error());
            print(QStringLiteral("v%1  %2  %3\n")
                      .arg(version)
                      .arg(guide.value()->effectiveDate.toString(Qt::ISODate),
                           guide.value()->reviewStatus)
                      .toUtf8());
        }
        return 0;
    }
    std::optional<Guide> sides[2];
    for (int i = 0; i < 2; ++i) {
        const auto guide = guides.version(code, wanted.at(i));
        if (!guide)
            return failure(guide.error());
        if (!guide.value())
            return failure(tr("%1 has no guide version %2").arg(code).arg(wanted.at(i)));
        sides[i] = guide.value();
    }
    const auto dictionary = guides.dictionary();
    if (!dictionary)
        return failure(dictionary.error());
    const QList<GuideDiff::Row> rows = GuideDiff::compare(*sides[0], *sides[1], dictionary.value());
    if (json) {
        JsonWriter out;
        out.beginObject();
        out.key(QStringLiteral("item_code")).value(code);
        out.key(QStringLiteral("left")).value(wanted.at(0));
        out.key(QStringLiteral("right")).value(wanted.at(1));
        out.key(QStringLiteral("changed")).value(GuideDiff::changedCount(rows));
        out.key(QStringLiteral("rows")).beginArray();
        for (const GuideDiff::Row& row : rows) {
            out.beginObject();
            out.key(QStringLiteral("field")).value(row.field);
            out.key(QStringLiteral("left")).value(row.left);
            out.key(QStringLiteral("right")).value(row.right);
            out.key(QStringLiteral("changed")).value(row.changed());
            out.endObject();
        }
        out.endArray();
        out.endObject();
        print(out.toUtf8() + '\n');
        return 0;
    }
    for (const GuideDiff::Row& row : rows) {
        if (!row.changed())
            continue;
        print(QStringLiteral("%1\n  - %2\n  + %3\n").arg(row.field, row.left, row.right).toUtf8());
    }
    print(tr("%n field(s) differ\n", nullptr, GuideDiff::changedCount(rows)).toUtf8());
    return 0;
}

} // namespace ow
