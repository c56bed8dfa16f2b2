// The document camera's Qt Multimedia part is the module onewindow-camera, loaded when the camera
// is first used (so that Qt Multimedia is not loaded at every start, issue 11): it must be found
// beside the program and give a backend, and a missing module must say so where the clerk takes
// the picture. No camera exists on a build machine, and Qt Multimedia's backend is not started
// here (only the module is loaded).
#include "scan/QtDocumentCamera.h"

#include <QFile>
#include <QLibrary>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestDocumentCameraModule : public QObject
{
    Q_OBJECT

private slots:
    void moduleIsFoundBesideTheProgram()
    {
        // The build puts onewindow-camera beside onewindow.
        const QString app = qEnvironmentVariable("ONEWINDOW_BINARY_DIR") + QStringLiteral("/app");
        QtDocumentCamera camera({app});
        QVERIFY2(camera.available(), qPrintable(camera.loadError()));
        QVERIFY(camera.loadError().isEmpty());
    }

    void installedProgramLooksInItsModuleFolder()
    {
        const QStringList folders = QtDocumentCamera::moduleFolders();
        QVERIFY(folders.size() >= 2);
        QCOMPARE(folders.at(0), QCoreApplication::applicationDirPath());
        QVERIFY2(folders.at(1).endsWith(QStringLiteral("/lib/onewindow/modules")),
                 qPrintable(folders.at(1)));
    }

    void missingModuleIsSaidWhereThePictureIsTaken()
    {
        QTemporaryDir empty;
        QtDocumentCamera camera({empty.path()});
        QVERIFY(!camera.available());
        QVERIFY(camera.devices().isEmpty());
        QSignalSpy failed(&camera, &DocumentCamera::failed);
        QSignalSpy captured(&camera, &DocumentCamera::captured);
        camera.capture(QStringLiteral("usb-0000:00:14.0-1"));
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("onewindow-camera")) &&
                     message.contains(empty.path()),
                 qPrintable(message));
        QVERIFY(captured.isEmpty());
    }
};

QTEST_MAIN(TestDocumentCameraModule)
#include "TestDocumentCameraModule.moc"
