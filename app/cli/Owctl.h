#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "GuideHtml.h"
#include "access/Action.h"
#include "access/Session.h"

#include <QMap>

#include <memory>
#include <optional>

namespace ow {

class Database;

// Reads "--name VALUE" or "--name=VALUE" at arguments[i]; advances i past what it used.
bool takeValue(const QStringList& arguments, int& i, const QString& name, QString& value,
               QString& error);

// owctl, the command line for a hall's IT person: set up the local database and the hall,
// accounts and the audit log, the catalog and guides. Exit codes: 0 done, 1 the work failed
// (message says why), 2 bad command line, 4 not signed in or not allowed.
class Owctl
{
    Q_DECLARE_TR_FUNCTIONS(ow::Owctl)

public:
    int run(const QStringList& arguments);

private:
    int init(const QStringList& words);
    int initHall(Database& database, const QMap<QString, QString>& options);
    int initDemo(Database& database);
    int userCommand(const QStringList& words);
    int auditCommand(const QStringList& words);
    int workstationCommand(const QStringList& words);
    int validateCommand(const QStringList& words); // OwctlValidate.cpp
    int calendarCommand(const QStringList& words); // OwctlCalendar.cpp
    int chainCommand(const QStringList& words);    // OwctlChain.cpp
    int receiptCommand(const QStringList& words);  // OwctlReceipt.cpp
    int caseCommand(const QStringList& words);     // OwctlCase.cpp
    int caseExport(const QStringList& words);      // OwctlCase.cpp
    int caseImport(const QStringList& words);      // OwctlCase.cpp
    int caseArchive(const QStringList& words);     // OwctlArchive.cpp
    int centralCommand(const QStringList& words);  // OwctlCentral.cpp
    int syncCommand(const QStringList& words);     // OwctlCentral.cpp
    int shiftCommand(const QStringList& words);    // OwctlCentral.cpp
    int demoCommand(const QStringList& words);     // OwctlDemo.cpp
    int reportCommand(const QStringList& words);   // OwctlReport.cpp
    int visitCommand(const QStringList& words);    // OwctlVisit.cpp
    // Signs in --user (password from OWCTL_PASSWORD or the terminal) and checks the action;
    // null with the message printed (exit code 4) when that fails.
    std::optional<Session> authorize(Database& database, Action action, int& exitCode);
    int catalogCommand(const QStringList& words);
    // OwctlCatalogAdmin.cpp: import, check, publish, versions; guide versions and diff.
    int catalogAdminCommand(const QString& sub, const QStringList& words);
    int guideHistoryCommand(const QString& sub, const QString& code, const QStringList& words);
    int catalogExport(const QStringList& words);
    int catalogSearch(const QStringList& words);
    int guideCommand(const QStringList& words);
    int guideShow(const QString& code, const QStringList& options);
    int guidePrint(const QString& code, const QStringList& options);
    // What guide show / print need: the catalog entry, its newest guide (if any), the dictionary.
    struct GuideContext
    {
        std::optional<GuideSubject> subject;
        std::optional<Guide> guide;
        GuideJson::Dictionary dictionary;
    };
    std::optional<GuideContext> loadGuide(const QString& code, int& exitCode);

    // Opens the existing database (migrating it and loading seeds as the GUI would); null
    // with the message already printed when that fails.
    std::unique_ptr<Database> openExisting(int& exitCode);
    int usageError(const QString& message);
    int failure(const QString& message);
    void print(const QByteArray& bytes);
    static QString helpText();

    QString m_userName;
    QString m_databasePath;
    QString m_seedPath;
    QString m_documentLanguage = QStringLiteral("zh_CN"); // --lang changes it
};

} // namespace ow
