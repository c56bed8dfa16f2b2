#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow {

// The owctl(1) manual page in roff, made from the same help text `owctl --help` prints, so the
// two cannot drift: the build writes it (`owctl --man`) and the Debian package installs it.
class ManPage
{
    Q_DECLARE_TR_FUNCTIONS(ow::ManPage)

public:
    // helpText: the text of `owctl --help` (its sections: a title line, then for each command a
    // usage line indented by 2 and a description line indented by 6; then the exit status).
    static QString render(const QString& helpText, const QString& version);

    // Text safe in roff: backslashes escaped, minus signs marked, no line starting a request.
    static QString escape(const QString& text);
};

} // namespace ow
