// owctl: OneWindow's command line for a hall's IT person.
#include "Localization.h"
#include "Owctl.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    // Messages follow the system language: Chinese on a Chinese desktop, English elsewhere.
    if (QLocale::system().name().startsWith(QLatin1String("zh")))
        ow::Localization::install(application, ow::Localization::defaultLanguage());
    ow::Owctl owctl;
    return owctl.run(QCoreApplication::arguments());
}
