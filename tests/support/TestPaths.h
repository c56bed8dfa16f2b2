#pragma once

#include <QString>

namespace ow::test {

// Paths the tests need: the source tree (seed data, expected tables) and the built programs.
QString sourcePath(const QString& relative);
QString binaryPath(const QString& relative);

} // namespace ow::test
