#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ow::test {

// A finished run of one of the built programs: its exit code (-1: did not finish in time, -2:
// crashed) and everything it printed.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program of the build tree (e.g. "app/cli/owctl") with no standard input and the test's
// environment plus `environment`; a variable mapped to a null QString is removed.
ProgramRun runProgram(const QString& program, const QStringList& arguments,
                      const QHash<QString, QString>& environment = {});

} // namespace ow::test
