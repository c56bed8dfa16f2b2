// owctl: OneWindow's command line for a hall's IT person.
#include "Localization.h"
#include "Owctl.h"

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>

namespace {

// owctl speaks through its own one-line messages on standard error; Qt's own chatter (such as
// "XDG_RUNTIME_DIR not set" on a server) would break the one-line promise, so only critical
// messages pass.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "owctl: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietMessages);
    // A GUI application for fonts (PDF output), on the offscreen platform: owctl never opens a
    // window and must run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    // Messages follow the system language: Chinese on a Chinese desktop, English elsewhere.
    // --lang (zh_CN or en) overrides both.
    QString language = QLocale::system().name().startsWith(QLatin1String("zh"))
                           ? ow::Localization::defaultLanguage()
                           : QStringLiteral("en");
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    if (ow::Localization::isSupported(language) && language != QLatin1String("en"))
        ow::Localization::install(application, language);
    ow::Owctl owctl;
    return owctl.run(QCoreApplication::arguments());
}
