#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

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
    // OneWindow's translator for one language, not installed: for a document printed in a
    // language other than the messages' (owctl prints Chinese documents from an English shell).
    static std::unique_ptr<QTranslator> translator(const QString& language);

    // The language chosen in the program (File > Language), kept in the user's settings; the
    // default language when none was chosen or the setting is not a supported one.
    static QString preferredLanguage();
    static bool savePreferredLanguage(const QString& language);
};

} // namespace ow
