#pragma once

#include <QString>

namespace ow {

// Where the local database lives: `--db PATH`, else the ONEWINDOW_DB environment variable, else
// onewindow.sqlite in the platform's application-data folder.
struct DatabaseLocation
{
    enum class Source
    {
        CommandLine,
        Environment,
        AppData
    };

    QString path;
    Source source = Source::AppData;

    static DatabaseLocation resolve(const QString& commandLinePath, const QString& environmentPath);
    static DatabaseLocation fromEnvironment(const QString& commandLinePath);
    // Creates the application-data folder when the default location is used; a path the
    // person gave is never created behind their back.
    static bool ensureFolder(const DatabaseLocation& location);
};

} // namespace ow
