// The module onewindow-camera: the document camera through Qt Multimedia (QMediaDevices lists the
// video inputs; a QCamera in a QMediaCaptureSession and a QImageCapture take the still picture, in
// memory, never a file). Loaded by QtDocumentCamera when the camera is first used.
#include "scan/CameraBackend.h"

#include <QCamera>
#include <QCameraDevice>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QTimer>

#include <memory>

namespace {

class MultimediaCamera final : public ow::CameraBackend
{
public:
    ~MultimediaCamera() override { stop(); }

    QList<Device> devices() const override
    {
        QList<Device> list;
        const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
        for (const QCameraDevice& input : inputs)
            list.append(Device{QString::fromUtf8(input.id()), input.description()});
        return list;
    }

    void capture(const QString& deviceId, Captured captured, Failed failed) override
    {
        stop();
        m_captured = std::move(captured);
        m_failed = std::move(failed);
        QCameraDevice chosen;
        const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
        for (const QCameraDevice& input : inputs) {
            if (QString::fromUtf8(input.id()) == deviceId)
                chosen = input;
        }
        if (chosen.isNull()) {
            fail(Failure::Disconnected, QString());
            return;
        }
        m_session = std::make_unique<QMediaCaptureSession>();
        m_camera = std::make_unique<QCamera>(chosen);
        m_capture = std::make_unique<QImageCapture>();
        m_session->setCamera(m_camera.get());
        m_session->setImageCapture(m_capture.get());
        m_waiting = true;
        QObject::connect(m_capture.get(), &QImageCapture::imageCaptured, &m_context,
                         [this](int, const QImage& image) {
                             const QImage copy = image;
                             QTimer::singleShot(0, &m_context, [this, copy] {
                                 Captured done = std::move(m_captured);
                                 stop();
                                 if (done)
                                     done(copy);
                             });
                         });
        QObject::connect(m_capture.get(), &QImageCapture::errorOccurred, &m_context,
                         [this](int, QImageCapture::Error, const QString& message) {
                             fail(Failure::NotTaken, message);
                         });
        QObject::connect(
            m_camera.get(), &QCamera::errorOccurred, &m_context,
            [this](QCamera::Error, const QString& message) { fail(Failure::NotStarted, message); });
        QObject::connect(m_capture.get(), &QImageCapture::readyForCaptureChanged, &m_context,
                         [this](bool ready) {
                             if (ready)
                                 takeOnce();
                         });
        m_camera->start();
        takeOnce();
    }

private:
    // From the event loop, as the callbacks promise; the first answer wins.
    void fail(Failure failure, const QString& detail)
    {
        QTimer::singleShot(0, &m_context, [this, failure, detail] {
            Failed done = std::move(m_failed);
            stop();
            if (done)
                done(failure, detail);
        });
    }

    void stop()
    {
        if (m_camera)
            m_camera->stop();
        m_capture.reset();
        m_camera.reset();
        m_session.reset();
        m_waiting = false;
        m_taken = false;
        m_captured = nullptr;
        m_failed = nullptr;
    }

    void takeOnce()
    {
        if (!m_capture || !m_waiting || m_taken || !m_capture->isReadyForCapture())
            return;
        m_taken = true;
        m_capture->capture();
    }

    QObject m_context; // what the connections and timers hang on: gone with the backend
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_capture;
    Captured m_captured;
    Failed m_failed;
    bool m_waiting = false;
    bool m_taken = false; // one picture per capture(), however often the camera turns ready
};

} // namespace

extern "C" Q_DECL_EXPORT ow::CameraBackend* onewindow_create_camera_backend()
{
    return new MultimediaCamera;
}
