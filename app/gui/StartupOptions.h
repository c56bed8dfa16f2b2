#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ow {

// The GUI's command line: `onewindow [--db PATH] [--seed FILE] [--lang zh_CN|en]
// [--user NAME] [--exit-after-startup]`.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(ow::StartupOptions)

public:
    enum class Action
    {
        Run,
        ShowHelp,
        ShowVersion,
        Fail
    };

    Action action = Action::Run;
    QString databasePath;
    QString seedPath;
    QString language;
    QString userName; // --user: sign in without the dialog (password from ONEWINDOW_PASSWORD)
    bool exitAfterStartup = false;
    QString message; // help text, version, or the one-line error

    static StartupOptions parse(const QStringList& arguments);
};

} // namespace ow
