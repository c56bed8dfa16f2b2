#pragma once

#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace ow {

// The document camera through Qt Multimedia, as the module onewindow-camera gives it to
// QtDocumentCamera. The module is loaded when the camera is first used, not linked: Qt Multimedia
// and what it loads (PulseAudio, Qt Network) cost some 5 ms of every start to the sign-in window
// (issue 11). Plain C++ across the module boundary (no QObject, no signals); the module links only
// Qt itself, never OneWindow's libraries.
class CameraBackend
{
public:
    struct Device
    {
        QString id;
        QString description;
    };
    enum class Failure
    {
        Disconnected, // no camera of that id (any more)
        NotStarted,   // the camera could not be started (detail: Qt's message)
        NotTaken,     // the picture could not be taken (detail: Qt's message)
    };
    using Captured = std::function<void(const QImage& image)>;
    using Failed = std::function<void(Failure failure, const QString& detail)>;

    virtual ~CameraBackend() = default;
    virtual QList<Device> devices() const = 0;
    // One still picture with the camera of that id: exactly one of the callbacks is called, from
    // the event loop (never before capture returns), unless the backend is destroyed first.
    virtual void capture(const QString& deviceId, Captured captured, Failed failed) = 0;
};

} // namespace ow

// The module's one exported function (C linkage, so that QLibrary::resolve finds it by name).
using OneWindowCreateCameraBackend = ow::CameraBackend* (*)();
inline constexpr char OneWindowCreateCameraBackendName[] = "onewindow_create_camera_backend";
