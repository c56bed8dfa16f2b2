#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

// 签名板: where the applicant (or the agent) signs, with a finger or mouse on screen or with the
// pen of a signature pad. Pads arrive as tablet input (QTabletEvent: the pressure sets the
// stroke's width) or, for the simpler ones, as mouse input. The strokes are kept as points, so a
// stroke can be taken back, and rendered to a PNG for the case.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QPointF at;
        qreal width = 0;
    };
    using Stroke = QList<Point>;

    static constexpr qreal MouseWidth = 2.5;

    explicit SignaturePad(QWidget* parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    const QList<Stroke>& strokes() const { return m_strokes; }
    // Black ink on white, cropped to the strokes with a margin, at `scale` × the screen size;
    // a null image when nothing was signed.
    QImage toImage(qreal scale = 2.0) const;
    QByteArray toPng() const; // empty when nothing was signed
    // A pen's pressure (0 to 1) as a stroke width in pixels.
    static qreal widthForPressure(qreal pressure);

    QSize sizeHint() const override;

public slots:
    void clear();
    void undo(); // takes back the last stroke

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;

private:
    void begin(const Point& point);
    void extend(const Point& point);
    void end();

    QList<Stroke> m_strokes;
    bool m_drawing = false;
};

// The pad with what goes around it at the counter: who signs, Clear (Alt+C) and Undo stroke
// (Alt+Z), and whether anything is signed yet.
class SignatureField : public QWidget
{
    Q_OBJECT

public:
    explicit SignatureField(QWidget* parent = nullptr);
    SignaturePad* pad() const { return m_pad; }
    QPushButton* clearButton() const { return m_clear; }
    QPushButton* undoButton() const { return m_undo; }

private:
    void updateState();

    SignaturePad* m_pad;
    QPushButton* m_clear;
    QPushButton* m_undo;
    QLabel* m_state;
};

} // namespace ow
