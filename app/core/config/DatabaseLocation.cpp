#include "config/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ow {

DatabaseLocation DatabaseLocation::resolve(const QString& commandLinePath,
                                           const QString& environmentPath)
{
    if (!commandLinePath.isEmpty())
        return {commandLinePath, Source::CommandLine};
    if (!environmentPath.isEmpty())
        return {environmentPath, Source::Environment};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return {QDir(folder).filePath(QStringLiteral("onewindow.sqlite")), Source::AppData};
}

DatabaseLocation DatabaseLocation::fromEnvironment(const QString& commandLinePath)
{
    return resolve(commandLinePath, qEnvironmentVariable("ONEWINDOW_DB"));
}

bool DatabaseLocation::ensureFolder(const DatabaseLocation& location)
{
    if (location.source != Source::AppData)
        return true;
    return QDir().mkpath(QFileInfo(location.path).absolutePath());
}

} // namespace ow
