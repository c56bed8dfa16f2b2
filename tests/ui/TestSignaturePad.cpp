// The signature pad: mouse strokes and pen strokes (tablet events, the pressure setting the width)
// make an image; undo takes back one stroke, clear all; the PNG is what the case keeps.
#include "common/SignaturePad.h"

#include <QApplication>
#include <QPointingDevice>
#include <QPushButton>
#include <QTabletEvent>
#include <QTest>

using namespace ow;

namespace {

int darkPixels(const QImage& image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return dark;
}

void drawWithMouse(QWidget* pad, const QList<QPoint>& points)
{
    QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, points.first());
    for (int i = 1; i < points.size() - 1; ++i)
        QTest::mouseMove(pad, points.at(i));
    QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, points.last());
}

} // namespace

class TestSignaturePad : public QObject
{
    Q_OBJECT

private:
    // A pen as a signature pad reports it: position and pressure.
    QPointingDevice m_pen{QStringLiteral("test pen"),
                          4242,
                          QInputDevice::DeviceType::Stylus,
                          QPointingDevice::PointerType::Pen,
                          QInputDevice::Capability::Position | QInputDevice::Capability::Pressure,
                          1,
                          3};

    void pen(QWidget* pad, QEvent::Type type, const QPointF& at, qreal pressure)
    {
        QTabletEvent event(type, &m_pen, at, pad->mapToGlobal(at), pressure, 0, 0, 0, 0, 0,
                           Qt::NoModifier, Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
        QApplication::sendEvent(pad, &event);
        QVERIFY(event.isAccepted()); // no mouse events are made of it
    }

    void penStroke(SignaturePad* pad, qreal pressure, int y)
    {
        pen(pad, QEvent::TabletPress, QPointF(20, y), pressure);
        for (int x = 30; x <= 200; x += 10)
            pen(pad, QEvent::TabletMove, QPointF(x, y + (x % 20 == 0 ? 4 : -4)), pressure);
        pen(pad, QEvent::TabletRelease, QPointF(210, y), pressure);
    }

private slots:
    void mouseStrokesMakeAnImage()
    {
        SignatureField field;
        field.resize(500, 200);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        SignaturePad* pad = field.pad();
        QVERIFY(pad->isEmpty());
        QVERIFY(pad->toImage().isNull());
        QVERIFY(pad->toPng().isEmpty());
        QVERIFY(!field.clearButton()->isEnabled());

        drawWithMouse(pad, {{20, 60}, {60, 30}, {100, 80}, {140, 40}});
        drawWithMouse(pad, {{160, 70}, {220, 50}});
        QCOMPARE(pad->strokes().size(), 2);
        QVERIFY(pad->strokes().first().size() >= 2);
        for (const SignaturePad::Point& point : pad->strokes().first())
            QCOMPARE(point.width, SignaturePad::MouseWidth);
        QVERIFY(field.clearButton()->isEnabled());
        QVERIFY(field.findChild<QWidget*>(QStringLiteral("signatureState")));

        const QImage image = pad->toImage();
        QVERIFY(!image.isNull());
        QVERIFY(darkPixels(image) > 100);
        // Cropped to the strokes: narrower than the pad, at twice its resolution.
        QVERIFY(image.width() < pad->width() * 2);
        QVERIFY(image.width() > 200 * 2);

        const QByteArray png = pad->toPng();
        QVERIFY(png.startsWith("\x89PNG"));
        const QImage decoded = QImage::fromData(png, "PNG");
        QCOMPARE(decoded.size(), image.size());
        QVERIFY(darkPixels(decoded) > 100);
    }

    void undoAndClear()
    {
        SignatureField field;
        field.resize(500, 200);
        field.show();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        SignaturePad* pad = field.pad();
        drawWithMouse(pad, {{20, 60}, {120, 60}});
        drawWithMouse(pad, {{20, 90}, {120, 90}});
        const QImage two = pad->toImage();
        QTest::keyClick(&field, Qt::Key_Z, Qt::AltModifier); // Undo stroke
        QTRY_COMPARE(pad->strokes().size(), 1);
        QVERIFY(pad->toImage() != two);
        field.undoButton()->click();
        QVERIFY(pad->isEmpty());
        QVERIFY(!field.undoButton()->isEnabled());
        drawWithMouse(pad, {{20, 60}, {120, 60}});
        field.clearButton()->click();
        QVERIFY(pad->isEmpty());
        QVERIFY(pad->toPng().isEmpty());
    }

    void penPressureSetsTheWidth()
    {
        SignaturePad light;
        SignaturePad heavy;
        for (SignaturePad* pad : {&light, &heavy}) {
            pad->resize(300, 140);
            pad->show();
            QVERIFY(QTest::qWaitForWindowExposed(pad));
        }
        penStroke(&light, 0.1, 60);
        penStroke(&heavy, 1.0, 60);
        QCOMPARE(light.strokes().size(), 1);
        QCOMPARE(heavy.strokes().size(), 1);
        QVERIFY(heavy.strokes().first().size() > 10);
        QCOMPARE(light.strokes().first().first().width, SignaturePad::widthForPressure(0.1));
        QCOMPARE(heavy.strokes().first().last().width, SignaturePad::widthForPressure(1.0));
        QVERIFY(SignaturePad::widthForPressure(1.0) > 3 * SignaturePad::widthForPressure(0.1));
        const QImage lightImage = light.toImage();
        const QImage heavyImage = heavy.toImage();
        QVERIFY(!lightImage.isNull());
        QVERIFY(darkPixels(lightImage) > 50);
        // Same path, more ink.
        QVERIFY2(darkPixels(heavyImage) > 2 * darkPixels(lightImage),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(darkPixels(heavyImage))
                                .arg(darkPixels(lightImage))));
        // The pen hovering (no pressure) draws nothing.
        pen(&light, QEvent::TabletMove, QPointF(250, 100), 0);
        QCOMPARE(light.strokes().size(), 1);
    }
};

QTEST_MAIN(TestSignaturePad)
#include "TestSignaturePad.moc"
