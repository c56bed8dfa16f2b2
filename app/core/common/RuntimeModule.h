#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ow {

// OneWindow's own modules (onewindow-camera: Qt Multimedia; onewindow-pdf: poppler): the parts
// that need large libraries, loaded when first used instead of linked into the programs. Linked,
// those libraries are loaded and relocated at every start: some 10 ms of the time to the sign-in
// window (issue 11). A module links only Qt and its own library, never OneWindow's, and exports one
// C function that makes its object (a plain C++ interface, no QObject across the boundary).
class RuntimeModule
{
    Q_DECLARE_TR_FUNCTIONS(ow::RuntimeModule)

public:
    // Where modules are looked for, in that order: beside the program (the build tree, Windows),
    // the installed module folder (lib/onewindow/modules beside bin/), the build tree's folder (the
    // tests, whose programs are elsewhere).
    static QStringList folders();

    // Loads the module `name` (no prefix or suffix) from the first folder that has it and returns
    // its function `symbol`; null with `error` naming what was tried when it cannot. The module
    // stays loaded until the program ends.
    static QFunctionPointer resolve(const QString& name, const char* symbol,
                                    const QStringList& folders, QString* error);
};

} // namespace ow
