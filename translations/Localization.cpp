#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ow {

bool Localization::isSupported(const QString& language)
{
    return language == QLatin1String("zh_CN") || language == QLatin1String("en");
}

bool Localization::install(QCoreApplication& application, const QString& language)
{
    if (!isSupported(language))
        return false;
    QLocale::setDefault(QLocale(language));
    auto* own = new QTranslator(&application);
    if (!own->load(QStringLiteral(":/i18n/onewindow_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(own);
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(&application);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return true;
}

std::unique_ptr<QTranslator> Localization::translator(const QString& language)
{
    auto result = std::make_unique<QTranslator>();
    if (!isSupported(language) ||
        !result->load(QStringLiteral(":/i18n/onewindow_%1.qm").arg(language)))
        return nullptr;
    return result;
}

QString Localization::preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return isSupported(saved) ? saved : defaultLanguage();
}

bool Localization::savePreferredLanguage(const QString& language)
{
    if (!isSupported(language))
        return false;
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace ow
