#pragma once

// Loads what the main window shows from a real database made by DatabaseSetup, as onewindow's
// main() does, and a printer that records instead of printing (no printer exists here).
#include "DatabaseSetup.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "common/DocumentPrinter.h"
#include "guide/GuideRepository.h"
#include "main/WorkspaceData.h"
#include "search/PinyinData.h"

#include <QTemporaryDir>

namespace ow::test {

inline WorkspaceData loadWorkspace()
{
    QTemporaryDir dir;
    auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("ui.sqlite")),
                                           CatalogSeed::embeddedPath());
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    Database& database = *prepared.value().database;
    WorkspaceData data;
    data.databasePath = QStringLiteral("/tmp/ui.sqlite");
    data.catalog = CatalogRepository(database).load().value();
    data.guides = GuideRepository(database).latestAll().value();
    data.dictionary = GuideRepository(database).dictionary().value();
    data.pinyin = PinyinData::load().value();
    return data;
}

class RecordingPrinter : public DocumentPrinter
{
public:
    struct Job
    {
        QString kind;
        QString title;
        QString html;
    };
    QList<Job> jobs;

    void print(const QString& html, const QString& title, QWidget*) override
    {
        jobs.append({QStringLiteral("print"), title, html});
    }
    void preview(const QString& html, const QString& title, QWidget*) override
    {
        jobs.append({QStringLiteral("preview"), title, html});
    }
    void savePdf(const QString& html, const QString& title, QWidget*) override
    {
        jobs.append({QStringLiteral("pdf"), title, html});
    }
};

} // namespace ow::test
