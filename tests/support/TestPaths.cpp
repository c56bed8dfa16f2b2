#include "TestPaths.h"

#include <QDir>

namespace ow::test {

QString sourcePath(const QString& relative)
{
    return QDir(qEnvironmentVariable("ONEWINDOW_SOURCE_DIR",
                                     QStringLiteral(ONEWINDOW_TEST_SOURCE_DIR)))
        .filePath(relative);
}

QString binaryPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("ONEWINDOW_BINARY_DIR",
                                     QStringLiteral(ONEWINDOW_TEST_BINARY_DIR)))
        .filePath(relative);
}

} // namespace ow::test
