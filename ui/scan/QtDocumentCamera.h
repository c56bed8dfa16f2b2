#pragma once

#include "scan/DocumentCamera.h"

#include <QCoreApplication>
#include <memory>

namespace ow {

class CameraBackend;

// The document camera through Qt Multimedia: the module onewindow-camera (CameraBackend.h),
// loaded when the camera is first used so that Qt Multimedia is not loaded at every start
// (RuntimeModule says where it is looked for).
class QtDocumentCamera : public DocumentCamera
{
    Q_OBJECT

public:
    explicit QtDocumentCamera(QObject* parent = nullptr);
    // Looks for the module in these folders instead (tests).
    explicit QtDocumentCamera(const QStringList& folders, QObject* parent = nullptr);
    ~QtDocumentCamera() override;

    QList<Device> devices() const override;
    void capture(const QString& deviceId) override;

    // Whether the module could be loaded (loads it); loadError() says why not.
    bool available() const { return backend() != nullptr; }
    const QString& loadError() const { return m_loadError; }

    // Where the module is looked for, in that order.
    static QStringList moduleFolders();

private:
    // Loads the module on first use; null (and loadError() says why) when it cannot be loaded.
    CameraBackend* backend() const;

    QStringList m_folders;
    mutable std::unique_ptr<CameraBackend> m_backend;
    mutable QString m_loadError;
    bool m_waiting = false;
};

} // namespace ow
