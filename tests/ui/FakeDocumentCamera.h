#pragma once

// A document camera for tests (no camera exists on a build machine): the devices it is told to
// list, and for capture() the picture it is given, or a failure when it has none.
#include "scan/DocumentCamera.h"

namespace ow::test {

class FakeDocumentCamera : public DocumentCamera
{
public:
    using DocumentCamera::DocumentCamera;

    QList<Device> deviceList;
    QImage picture;
    QStringList captures; // the device ids asked for, in order

    QList<Device> devices() const override { return deviceList; }
    void capture(const QString& deviceId) override
    {
        captures.append(deviceId);
        if (picture.isNull())
            emit failed(QStringLiteral("fake camera: no picture"));
        else
            emit captured(picture);
    }
};

} // namespace ow::test
