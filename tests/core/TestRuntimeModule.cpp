// OneWindow's modules (onewindow-camera, onewindow-pdf) are loaded when first used, not linked
// (issue 11): found in the build tree's module folder, and a missing one named in a clear error.
#include "common/RuntimeModule.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestRuntimeModule : public QObject
{
    Q_OBJECT

private slots:
    void programsFindTheModulesOfTheirBuild()
    {
        const QStringList folders = RuntimeModule::folders();
        QCOMPARE(folders.first(), QCoreApplication::applicationDirPath());
        for (const auto& [name, symbol] :
             {std::pair{"onewindow-pdf", "onewindow_create_pdf_backend"},
              std::pair{"onewindow-camera", "onewindow_create_camera_backend"}}) {
            QString error;
            QVERIFY2(RuntimeModule::resolve(QLatin1String(name), symbol, folders, &error),
                     qPrintable(error));
            QVERIFY(error.isEmpty());
        }
    }

    void missingModuleOrFunctionIsNamed()
    {
        QTemporaryDir empty;
        QString error;
        QVERIFY(!RuntimeModule::resolve(QStringLiteral("onewindow-pdf"),
                                        "onewindow_create_pdf_backend", {empty.path()}, &error));
        QVERIFY2(error.contains(QStringLiteral("onewindow-pdf")) && error.contains(empty.path()),
                 qPrintable(error));

        QVERIFY(!RuntimeModule::resolve(QStringLiteral("onewindow-pdf"), "no_such_function",
                                        RuntimeModule::folders(), &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_function")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeModule)
#include "TestRuntimeModule.moc"
