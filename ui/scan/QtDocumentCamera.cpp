#include "scan/QtDocumentCamera.h"

#include <QCamera>
#include <QCameraDevice>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QTimer>

namespace ow {

QtDocumentCamera::QtDocumentCamera(QObject* parent) : DocumentCamera(parent) {}

QtDocumentCamera::~QtDocumentCamera()
{
    stop();
}

QList<DocumentCamera::Device> QtDocumentCamera::devices() const
{
    QList<Device> list;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    for (const QCameraDevice& input : inputs)
        list.append(Device{QString::fromUtf8(input.id()), input.description()});
    return list;
}

void QtDocumentCamera::stop()
{
    if (m_camera)
        m_camera->stop();
    m_capture.reset();
    m_camera.reset();
    m_session.reset();
    m_waiting = false;
    m_taken = false;
}

void QtDocumentCamera::takeOnce()
{
    if (!m_capture || !m_waiting || m_taken || !m_capture->isReadyForCapture())
        return;
    m_taken = true;
    m_capture->capture();
}

void QtDocumentCamera::capture(const QString& deviceId)
{
    if (m_waiting) {
        emit failed(tr("The camera is still taking the previous picture."));
        return;
    }
    QCameraDevice chosen;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    for (const QCameraDevice& input : inputs) {
        if (QString::fromUtf8(input.id()) == deviceId)
            chosen = input;
    }
    if (chosen.isNull()) {
        emit failed(tr("The camera is no longer connected. Connect it and refresh the list."));
        return;
    }
    stop();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(chosen);
    m_capture = std::make_unique<QImageCapture>();
    m_session->setCamera(m_camera.get());
    m_session->setImageCapture(m_capture.get());
    m_waiting = true;
    connect(m_capture.get(), &QImageCapture::imageCaptured, this, [this](int, const QImage& image) {
        const QImage copy = image;
        QTimer::singleShot(0, this, [this, copy] {
            stop();
            emit captured(copy);
        });
    });
    connect(m_capture.get(), &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString& message) {
                QTimer::singleShot(0, this, [this, message] {
                    stop();
                    emit failed(tr("The camera could not take the picture: %1").arg(message));
                });
            });
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) {
                QTimer::singleShot(0, this, [this, message] {
                    stop();
                    emit failed(tr("The camera could not be started: %1").arg(message));
                });
            });
    connect(m_capture.get(), &QImageCapture::readyForCaptureChanged, this, [this](bool ready) {
        if (ready)
            takeOnce();
    });
    m_camera->start();
    takeOnce();
}

} // namespace ow
