#pragma once

#include <QString>

class QCoreApplication;

namespace ow {

// Installs OneWindow's and Qt's own translations. Chinese (zh_CN) is the default language of
// every screen; "en" shows the English source strings.
class Localization
{
public:
    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    static bool isSupported(const QString& language);
    static bool install(QCoreApplication& application, const QString& language);
};

} // namespace ow
