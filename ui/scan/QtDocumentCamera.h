#pragma once

#include "scan/DocumentCamera.h"

#include <QCoreApplication>
#include <memory>

class QCamera;
class QImageCapture;
class QMediaCaptureSession;

namespace ow {

// The document camera through Qt Multimedia: the video inputs QMediaDevices lists, a QCamera in a
// QMediaCaptureSession and a QImageCapture for the still picture (in memory, never a file).
class QtDocumentCamera : public DocumentCamera
{
    Q_OBJECT

public:
    explicit QtDocumentCamera(QObject* parent = nullptr);
    ~QtDocumentCamera() override;

    QList<Device> devices() const override;
    void capture(const QString& deviceId) override;

private:
    void stop();

    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_capture;
    bool m_waiting = false;
    bool m_taken = false; // one picture per capture(), however often the camera turns ready
    void takeOnce();
};

} // namespace ow
