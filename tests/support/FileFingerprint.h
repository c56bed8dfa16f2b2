#pragma once

#include <QByteArray>
#include <QString>

namespace ow::test {

// SHA-256 of a file's bytes plus the list of files beside it (a -wal or -shm file appearing
// means SQLite wrote): what "nothing already stored is changed" is checked against.
QByteArray fingerprint(const QString& path);

} // namespace ow::test
