#include "common/RuntimeModule.h"

#include <QDir>
#include <QLibrary>

namespace ow {

QStringList RuntimeModule::folders()
{
    const QString program = QCoreApplication::applicationDirPath();
    QStringList result = {program,
                          QDir::cleanPath(program + QStringLiteral("/" ONEWINDOW_MODULE_DIR)),
                          QStringLiteral(ONEWINDOW_BUILD_MODULE_DIR)};
    result.removeDuplicates();
    return result;
}

QFunctionPointer RuntimeModule::resolve(const QString& name, const char* symbol,
                                        const QStringList& folders, QString* error)
{
    QStringList tried;
    for (const QString& folder : folders) {
        QLibrary module(folder + u'/' + name);
        if (!module.load()) {
            tried.append(module.errorString());
            continue;
        }
        // Never unloaded (QLibrary's destructor does not unload): what the module made lives on.
        if (const QFunctionPointer function = module.resolve(symbol))
            return function;
        // Qt's message, like QLibrary's own: English, a detail for the IT person.
        tried.append(
            QStringLiteral("%1 has no function %2").arg(module.fileName(), QLatin1String(symbol)));
    }
    if (error)
        *error = tr("The module %1 of OneWindow cannot be loaded (%2).")
                     .arg(name, tried.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace ow
