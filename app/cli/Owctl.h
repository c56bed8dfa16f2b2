#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace ow {

class Database;

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
    int catalogExport(const QStringList& words);
    int catalogSearch(const QStringList& words);
    int guideCommand(const QStringList& words);
    int guideShow(const QString& code, const QStringList& options);
    int guidePrint(const QString& code, const QStringList& options);

    // Opens the existing database (migrating it and loading seeds as the GUI would); null
    // with the message already printed when that fails.
    std::unique_ptr<Database> openExisting(int& exitCode);
    int usageError(const QString& message);
    int failure(const QString& message);
    void print(const QByteArray& bytes);
    static QString helpText();

    QString m_databasePath;
    QString m_seedPath;
    QString m_documentLanguage = QStringLiteral("zh_CN"); // --lang changes it
};

} // namespace ow
