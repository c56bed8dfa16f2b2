#include "ManPage.h"

#include <QStringList>

namespace ow {

QString ManPage::escape(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\e"));
    escaped.replace(u'-', QStringLiteral("\\-"));
    if (escaped.startsWith(u'.') || escaped.startsWith(u'\''))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString ManPage::render(const QString& helpText, const QString& version)
{
    const QStringList lines = helpText.split(u'\n');
    QString page;
    page += QStringLiteral(".TH OWCTL 1 \"\" \"OneWindow %1\" \"%2\"\n")
                .arg(escape(version), escape(tr("OneWindow manual")));
    page += QStringLiteral(".SH %1\nowctl \\- %2\n")
                .arg(tr("NAME"), escape(tr("command line of OneWindow (一窗通) for a hall's IT "
                                           "person")));
    page += QStringLiteral(".SH %1\n").arg(tr("SYNOPSIS"));
    page += QStringLiteral(".B owctl\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] [\\fB\\-\\-user\\fR "
                           "\\fINAME\\fR] [\\fB\\-\\-lang\\fR \\fIzh_CN\\fR|\\fIen\\fR] "
                           "\\fICOMMAND\\fR\n");
    page += QStringLiteral(".SH %1\n%2\n")
                .arg(tr("DESCRIPTION"),
                     escape(tr("owctl sets up a workstation's local database and its hall, manages "
                               "accounts and the audit log, and reads the catalog, guides, the "
                               "holiday calendar and cases, for scripts and for the hall's IT "
                               "person. The counter application itself is onewindow(1).")));

    QString exitStatus;
    bool inExitStatus = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QStringLiteral("      "))) {
            page += escape(line.trimmed()) + u'\n';
        } else if (line.startsWith(QStringLiteral("  "))) {
            page += QStringLiteral(".TP\n.B %1\n").arg(escape(line.trimmed()));
        } else if (line.endsWith(u':') || line.endsWith(u'：')) {
            page += QStringLiteral(".SS %1\n").arg(escape(line.chopped(1)));
        } else {
            inExitStatus = true;
            exitStatus += escape(line) + u'\n';
        }
    }
    if (inExitStatus)
        page += QStringLiteral(".SH %1\n%2").arg(tr("EXIT STATUS"), exitStatus);

    page += QStringLiteral(".SH %1\n").arg(tr("ENVIRONMENT"));
    const QList<QPair<QString, QString>> environment = {
        {QStringLiteral("ONEWINDOW_DB"), tr("the local database when --db is not given")},
        {QStringLiteral("OWCTL_PASSWORD"),
         tr("the password of --user, instead of a prompt (for scripts; keep it out of shell "
            "history)")},
        {QStringLiteral("OWCTL_NEW_PASSWORD"),
         tr("the password of an account being created, instead of a prompt")},
    };
    for (const auto& [name, what] : environment)
        page += QStringLiteral(".TP\n.B %1\n%2\n").arg(escape(name), escape(what));
    page += QStringLiteral(".SH %1\nonewindow(1)\n").arg(tr("SEE ALSO"));
    return page;
}

} // namespace ow
