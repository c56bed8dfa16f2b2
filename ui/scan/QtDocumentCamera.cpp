#include "scan/QtDocumentCamera.h"

#include "common/RuntimeModule.h"
#include "scan/CameraBackend.h"

namespace ow {

QtDocumentCamera::QtDocumentCamera(QObject* parent) : QtDocumentCamera(moduleFolders(), parent) {}

QtDocumentCamera::QtDocumentCamera(const QStringList& folders, QObject* parent)
    : DocumentCamera(parent), m_folders(folders)
{}

QtDocumentCamera::~QtDocumentCamera() = default;

QStringList QtDocumentCamera::moduleFolders()
{
    return RuntimeModule::folders();
}

CameraBackend* QtDocumentCamera::backend() const
{
    if (m_backend || !m_loadError.isEmpty())
        return m_backend.get();
    const auto create = reinterpret_cast<OneWindowCreateCameraBackend>(
        RuntimeModule::resolve(QStringLiteral("onewindow-camera"), OneWindowCreateCameraBackendName,
                               m_folders, &m_loadError));
    if (create)
        m_backend.reset(create());
    return m_backend.get();
}

QList<DocumentCamera::Device> QtDocumentCamera::devices() const
{
    QList<Device> list;
    if (const CameraBackend* camera = backend()) {
        const QList<CameraBackend::Device> inputs = camera->devices();
        for (const CameraBackend::Device& input : inputs)
            list.append(Device{input.id, input.description});
    }
    return list;
}

void QtDocumentCamera::capture(const QString& deviceId)
{
    if (m_waiting) {
        emit failed(tr("The camera is still taking the previous picture."));
        return;
    }
    CameraBackend* camera = backend();
    if (!camera) {
        emit failed(m_loadError);
        return;
    }
    m_waiting = true;
    camera->capture(
        deviceId,
        [this](const QImage& image) {
            m_waiting = false;
            emit captured(image);
        },
        [this](CameraBackend::Failure failure, const QString& detail) {
            m_waiting = false;
            switch (failure) {
            case CameraBackend::Failure::Disconnected:
                emit failed(
                    tr("The camera is no longer connected. Connect it and refresh the list."));
                return;
            case CameraBackend::Failure::NotStarted:
                emit failed(tr("The camera could not be started: %1").arg(detail));
                return;
            case CameraBackend::Failure::NotTaken:
                emit failed(tr("The camera could not take the picture: %1").arg(detail));
                return;
            }
        });
}

} // namespace ow
