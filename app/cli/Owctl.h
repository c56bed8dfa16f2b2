#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ow {

// owctl, the command line for a hall's IT person: set up the local database, export the
// catalog. Exit codes: 0 done, 1 the work failed (message says why), 2 bad command line.
class Owctl
{
    Q_DECLARE_TR_FUNCTIONS(ow::Owctl)

public:
    int run(const QStringList& arguments);

private:
    int init();
    int catalogCommand(const QStringList& words);
    int usageError(const QString& message);
    int failure(const QString& message);
    void print(const QByteArray& bytes);
    static QString helpText();

    QString m_databasePath;
    QString m_seedPath;
};

} // namespace ow
