// Autosave benchmark: what one draft save costs the clerk's keystroke path. A realistic draft
// (a person with an agent, the 企业开办 scene's six items, every material's state) is serialized,
// sealed and written as one transaction (IntakeDraftStore::update, WAL, synchronous=FULL), 200
// times; printed: p50 / p99 per save and the ratio to a plain UPDATE of the same number of bytes
// in the clear, in its own transaction, measured in the same run on the same file. Not part of
// the test suite:
//   build/release/tests/bench/bench_draft_save [saves]
#include "Database.h"
#include "DatabaseSetup.h"
#include "access/AccountService.h"
#include "cases/IntakeDraftJson.h"
#include "cases/IntakeDraftStore.h"
#include "catalog/CatalogSeed.h"
#include "common/Clock.h"
#include "guide/GuideRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ow;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int saves = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    QTemporaryDir dir;
    auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("bench.sqlite")),
                                           CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    SystemClock clock;
    AccountService accounts(database, clock);
    const QString password = QStringLiteral("Counter2026ok");
    if (!accounts
             .setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                        QStringLiteral("admin"), QStringLiteral("管理员"), password)
             .ok())
        qFatal("no hall");
    const Session session = accounts.signIn(QStringLiteral("admin"), password).value();

    IntakeDraft draft;
    draft.applicant.name = QStringLiteral("欧阳娜娜");
    draft.applicant.identifier = QStringLiteral("11010519491231002X");
    draft.applicant.phone = QStringLiteral("13812345678");
    draft.applicant.address = QStringLiteral("薛城区永福南路1号2单元301室");
    draft.agent = Agent{QStringLiteral("李四"), QStringLiteral("110105198001010011"),
                        QStringLiteral("06321234567"), QStringLiteral("授权委托书")};
    draft.itemCodes = {QStringLiteral("E001"), QStringLiteral("E002"), QStringLiteral("E003"),
                       QStringLiteral("E004"), QStringLiteral("E005"), QStringLiteral("E006")};
    draft.mergeChecklist(GuideRepository(database).latestAll().value(),
                         GuideRepository(database).dictionary().value());

    IntakeDraftStore store(database, clock, QByteArray(32, 'b'));
    const QString id = IntakeDraftStore::newId();
    QByteArray payload = IntakeDraftJson::toJson(draft, QStringLiteral("备注"));
    if (!store.insert(session, id, payload, draft.itemCodes).ok())
        qFatal("insert failed");

    QList<double> sealed, plain;
    QElapsedTimer timer;
    for (int i = 0; i < saves; ++i) {
        draft.applicant.address = QStringLiteral("薛城区永福南路%1号").arg(i);
        timer.start();
        payload = IntakeDraftJson::toJson(draft, QStringLiteral("备注"));
        if (!store.update(id, payload, draft.itemCodes).value())
            qFatal("update failed");
        sealed.append(double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        QSqlQuery query(database.connection());
        database.connection().transaction();
        query.prepare(QStringLiteral("UPDATE intake_draft SET payload = ? WHERE id = ?"));
        query.bindValue(0, payload);
        query.bindValue(1, id);
        if (!query.exec() || !database.connection().commit())
            qFatal("plain update failed");
        plain.append(double(timer.nsecsElapsed()) / 1e6);
        // The sealed row back, for the next update to find a sealed payload in place.
        if (!store.update(id, payload, draft.itemCodes).value())
            qFatal("update failed");
    }
    std::printf("draft: %lld bytes of JSON, %d materials, %d saves\n",
                static_cast<long long>(payload.size()), int(draft.materials.size()), saves);
    std::printf("sealed save (serialize + encrypt + one transaction): p50 %.2f ms, p99 %.2f ms\n",
                percentile(sealed, 0.5), percentile(sealed, 0.99));
    std::printf("plain UPDATE of the same bytes in one transaction:    p50 %.2f ms, p99 %.2f ms\n",
                percentile(plain, 0.5), percentile(plain, 0.99));
    std::printf("ratio p50: %.2f\n", percentile(sealed, 0.5) / percentile(plain, 0.5));
    // One line per figure for tests/bench/run-all (docs/benchmarks.md).
    std::printf("BENCH | intake draft autosave p50 | %.2f ms | plain UPDATE %.2f ms | %.2fx | - | "
                "-\n",
                percentile(sealed, 0.5), percentile(plain, 0.5),
                percentile(sealed, 0.5) / percentile(plain, 0.5));
    std::printf("BENCH | intake draft autosave p99 | %.2f ms | plain UPDATE %.2f ms | %.2fx | - | "
                "-\n",
                percentile(sealed, 0.99), percentile(plain, 0.99),
                percentile(sealed, 0.99) / percentile(plain, 0.99));
    return 0;
}
