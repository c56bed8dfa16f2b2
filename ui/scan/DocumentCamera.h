#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

namespace ow {

// A document camera (高拍仪): a USB (UVC) camera looking down at the counter. The intake screen
// lists the cameras there are and takes a still picture of the paper under one. QtDocumentCamera
// is the real one (Qt Multimedia); tests use a fake, as no camera exists on a build machine.
class DocumentCamera : public QObject
{
    Q_OBJECT

public:
    struct Device
    {
        QString id;          // stable while the camera is plugged in
        QString description; // what the camera calls itself
    };

    using QObject::QObject;

    virtual QList<Device> devices() const = 0;
    // Takes one still picture with the camera of that id; answers with captured() or failed(),
    // possibly before returning.
    virtual void capture(const QString& deviceId) = 0;

signals:
    void captured(const QImage& image);
    void failed(const QString& message);
};

} // namespace ow
