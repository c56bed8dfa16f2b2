// Scans at the intake screen, as a clerk attaches them: a real PNG file and a real multi-page PDF
// through the file path (and the non-modal file chooser), a picture from the document camera
// (a fake: no camera exists here), thumbnails and page counts in the checklist, removal before
// the decision, refusals in plain words, and the scans stored with the case at the decision.
#include "FakeDocumentCamera.h"
#include "Localization.h"
#include "ScanSamples.h"
#include "WorkspaceFixture.h"
#include "audit/AuditLog.h"
#include "cases/CaseListView.h"
#include "cases/CaseRepository.h"
#include "files/SecureFileStore.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "scan/ScanGallery.h"
#include "scans/ScanService.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

class TestIntakeScansScreen : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<SecureFileStore> m_files;
    std::unique_ptr<ScanService> m_scans;
    QTemporaryDir m_samples;
    QString m_png, m_pdf, m_fakePdf;

    struct Screen
    {
        std::unique_ptr<MainWindow> window;
        IntakeView* view = nullptr;
    };

    Screen open(test::FakeDocumentCamera* camera)
    {
        Screen screen;
        screen.window = std::make_unique<MainWindow>(
            m_data, m_printer, *m_counter->accounts, *m_counter->cases,
            m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        screen.window->setScanning(m_scans.get(), camera);
        screen.window->show();
        screen.view = screen.window->newIntake({QStringLiteral("P082")});
        return screen;
    }

    static QString write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList auditActions()
    {
        QStringList actions;
        AuditLog log(*m_counter->database, m_counter->clock, QStringLiteral("XC01"),
                     QStringLiteral("3"));
        for (const AuditRecord& record : log.list().value())
            actions.append(record.action);
        return actions;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
        m_png = write(m_samples.filePath(QStringLiteral("身份证.png")), test::pngSample());
        m_pdf = write(m_samples.filePath(QStringLiteral("户口簿.pdf")), test::pdfSample(3));
        // A text file named .pdf: the content decides.
        m_fakePdf = write(m_samples.filePath(QStringLiteral("notes.pdf")),
                          QByteArray("these are notes, not a scan"));
    }

    void init()
    {
        m_counter = std::make_unique<test::CounterFixture>();
        m_files = std::make_unique<SecureFileStore>(
            ScanService::filesFolderFor(m_counter->database->path()), QByteArray(32, '\x33'));
        m_scans = std::make_unique<ScanService>(*m_counter->database, *m_files, m_counter->clock,
                                                *m_counter->accounts);
    }

    void filesAttachWithThumbnailsAndPages()
    {
        test::FakeDocumentCamera camera;
        Screen screen = open(&camera);
        IntakeView* view = screen.view;
        QVERIFY(view);
        QVERIFY(view->checklist()->rowCount() > 0);
        view->selectMaterial(0);
        QCOMPARE(view->selectedMaterial(), 0);

        QVERIFY(view->attachScanFile(0, m_png).ok());
        QVERIFY(view->attachScanFile(0, m_pdf).ok());
        const CaseMaterial& material = view->draft().materials.at(0);
        QCOMPARE(material.pages, 4); // 1 image + 3 PDF pages
        QCOMPARE(material.scanFiles.size(), 2);
        QCOMPARE(material.state, CaseMaterial::State::Received);
        QCOMPARE(view->checklist()->index(0, ChecklistModel::Pages).data().toInt(), 4);
        QVERIFY(!view->checklist()->index(0, ChecklistModel::Scans).data().toString().isEmpty());
        QVERIFY(view->checklist()
                    ->index(0, ChecklistModel::Scans)
                    .data(Qt::DecorationRole)
                    .value<QImage>()
                    .width() > 0);

        auto* list = view->findChild<QListWidget*>(QStringLiteral("intakeScans"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("身份证.png")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("户口簿.pdf")));
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY(!list->accessibleName().isEmpty());
        // Both files are in the store, encrypted (plus one thumbnail each).
        QVERIFY(m_files->contains(material.scanFiles.at(0).sha256));
        QVERIFY(m_files->contains(material.scanFiles.at(1).thumbnailSha256));

        // Refusals in plain words; nothing attached.
        const Status fake = view->attachScanFile(0, m_fakePdf);
        QVERIFY(!fake.ok());
        auto* message = view->findChild<QLabel*>(QStringLiteral("intakeScanMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("notes.pdf")),
                 qPrintable(message->text()));
        QVERIFY(!view->attachScanFile(0, m_samples.filePath(QStringLiteral("missing.png"))).ok());
        QVERIFY(!view->attachScanFile(0, m_png).ok()); // already attached to this material
        QCOMPARE(view->draft().materials.at(0).pages, 4);

        // Delete on the scans list removes the chosen scan; the PDF's pages go with it.
        list->setFocus();
        list->setCurrentRow(1);
        const QString pdfName = view->draft().materials.at(0).scanFiles.at(1).sha256;
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(view->draft().materials.at(0).pages, 1);
        QCOMPARE(list->count(), 1);
        QVERIFY(!m_files->contains(pdfName)); // no case uses it: gone from the store

        // The decision stores the case with its scans; afterwards they cannot change.
        view->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
            ->setText(QStringLiteral("11010519491231002X"));
        view->findChild<QLineEdit*>(QStringLiteral("intakeName"))->setText(QStringLiteral("张三"));
        view->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
            ->setText(QStringLiteral("13812345678"));
        for (int row = 1; row < view->checklist()->rowCount(); ++row)
            view->checklist()->cycleState(row);
        QVERIFY2(view->decide(IntakeDraft::Decision::Accept),
                 qPrintable(view->messageLabel()->text()));
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("intakeAttachFile"))->isEnabled());
        QVERIFY(!view->attachScanFile(0, m_pdf).ok());
        QVERIFY(!view->removeScan(0, 0).ok());
        CaseRepository cases(*m_counter->database);
        const Case stored =
            cases.findByNumber(QStringLiteral("XC01-03-20261130-0001")).value().value();
        QCOMPARE(stored.materials.at(0).scanFiles.size(), 1);
        QCOMPARE(stored.materials.at(0).scanFiles.first().fileName, QStringLiteral("身份证.png"));
        QCOMPARE(stored.materials.at(0).pages, 1);
        QVERIFY(auditActions().contains(QStringLiteral("scan_attached")));
        QVERIFY(auditActions().contains(QStringLiteral("scan_removed")));

        // The stored case shows its scans; each thumbnail looked at is in the audit log.
        const qsizetype viewedBefore = auditActions().count(QStringLiteral("scan_viewed"));
        CaseDetailView* detail = screen.window->openCase(stored.number);
        QVERIFY(detail);
        auto* gallery = detail->findChild<ScanGallery*>();
        QVERIFY(gallery);
        QCOMPARE(gallery->list()->count(), 1);
        QVERIFY(!gallery->list()->item(0)->icon().isNull());
        QVERIFY(gallery->list()->item(0)->text().contains(QStringLiteral("身份证.png")));
        QCOMPARE(auditActions().count(QStringLiteral("scan_viewed")), viewedBefore + 1);
    }

    void theFileChooserIsNotModal()
    {
        Screen screen = open(nullptr);
        IntakeView* view = screen.view;
        view->selectMaterial(1);
        QFileDialog* dialog = view->chooseScanFiles();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
        // The clerk picks a file: it is attached to the material chosen when the dialog opened.
        emit dialog->filesSelected({m_pdf});
        dialog->close();
        QCOMPARE(view->draft().materials.at(1).pages, 3);
        QCOMPARE(view->draft().materials.at(0).pages, 0);

        // From the keyboard: Alt+B opens the chooser for the selected material, without blocking.
        QTRY_VERIFY(!view->findChild<QFileDialog*>()); // the first one is gone
        screen.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(screen.window.get()));
        view->selectMaterial(0);
        view->findChild<QTableView*>(QStringLiteral("intakeChecklist"))->setFocus();
        QTest::keyClick(screen.window.get(), Qt::Key_B, Qt::AltModifier);
        QFileDialog* byKey = nullptr;
        QTRY_VERIFY((byKey = view->findChild<QFileDialog*>(
                         QStringLiteral("intakeScanFileDialog"))) != nullptr &&
                    byKey->isVisible());
        byKey->close();
    }

    void theCameraTakesAPicture()
    {
        test::FakeDocumentCamera camera;
        camera.deviceList = {{QStringLiteral("/dev/video0"), QStringLiteral("高拍仪 S500")}};
        camera.picture = test::certificateImage(1200, 900);
        Screen screen = open(&camera);
        IntakeView* view = screen.view;
        auto* cameras = view->findChild<QComboBox*>(QStringLiteral("intakeCameraChoice"));
        QCOMPARE(cameras->count(), 1);
        QCOMPARE(cameras->itemText(0), QStringLiteral("高拍仪 S500"));
        view->selectMaterial(0);
        auto* take = view->findChild<QPushButton*>(QStringLiteral("intakeTakePicture"));
        QVERIFY(take->isEnabled());
        take->click();
        QCOMPARE(camera.captures, QStringList{QStringLiteral("/dev/video0")});
        const CaseMaterial& material = view->draft().materials.at(0);
        QCOMPARE(material.scanFiles.size(), 1);
        QCOMPARE(material.scanFiles.first().mediaType, QStringLiteral("image/jpeg"));
        QVERIFY(material.scanFiles.first().fileName.startsWith(QStringLiteral("camera-")));
        QCOMPARE(material.pages, 1);
        const QByteArray stored = m_files->load(material.scanFiles.first().sha256).value();
        QCOMPARE(QImage::fromData(stored).size(), QSize(1200, 900));

        // A camera that fails says so; nothing is attached.
        camera.picture = QImage();
        view->captureFromCamera();
        QCOMPARE(view->draft().materials.at(0).scanFiles.size(), 1);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("intakeScanMessage"))
                    ->text()
                    .contains(QStringLiteral("no picture")));
    }

    void noCameraIsSaidPlainly()
    {
        test::FakeDocumentCamera camera; // lists nothing
        Screen screen = open(&camera);
        IntakeView* view = screen.view;
        view->selectMaterial(0);
        auto* status = view->findChild<QLabel*>(QStringLiteral("intakeCameraStatus"));
        QCOMPARE(status->text(),
                 QCoreApplication::translate("ow::IntakeView",
                                             "No camera is connected. Connect a document camera "
                                             "(USB) and press Find cameras, or attach scans from "
                                             "files."));
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("intakeTakePicture"))->isEnabled());
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("intakeAttachFile"))->isEnabled());
        // Plugged in later: Find cameras lists it.
        camera.deviceList = {{QStringLiteral("usb-1"), QStringLiteral("Document camera")}};
        view->findChild<QPushButton*>(QStringLiteral("intakeRefreshCameras"))->click();
        QCOMPARE(view->findChild<QComboBox*>(QStringLiteral("intakeCameraChoice"))->count(), 1);
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("intakeTakePicture"))->isEnabled());
    }

    void aFileTwoIntakesHoldStaysUntilNeitherDoes()
    {
        Screen screen = open(nullptr);
        IntakeView* second = screen.window->newIntake({QStringLiteral("P082")});
        QVERIFY(screen.view->attachScanFile(0, m_png).ok());
        QVERIFY(second->attachScanFile(1, m_png).ok());
        const QString name = second->draft().materials.at(1).scanFiles.first().sha256;
        QVERIFY(screen.view->removeScan(0, 0).ok());
        QVERIFY(m_files->contains(name)); // the other intake still holds it
        QVERIFY(second->removeScan(1, 0).ok());
        QVERIFY(!m_files->contains(name));
    }

    void closingAnUndecidedIntakeDropsItsScans()
    {
        Screen screen = open(nullptr);
        QVERIFY(screen.view->attachScanFile(0, m_png).ok());
        const Scan scan = screen.view->draft().materials.at(0).scanFiles.first();
        QVERIFY(m_files->contains(scan.sha256));
        const int index = screen.window->workspace()->indexOf(screen.view);
        emit screen.window->workspace()->tabCloseRequested(index);
        QVERIFY(!m_files->contains(scan.sha256));
        QVERIFY(!m_files->contains(scan.thumbnailSha256));
    }
};

QTEST_MAIN(TestIntakeScansScreen)
#include "TestIntakeScansScreen.moc"
