#include "common/SignaturePad.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTabletEvent>
#include <QVBoxLayout>

namespace ow {

namespace {

void drawStrokes(QPainter& painter, const QList<SignaturePad::Stroke>& strokes)
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (const SignaturePad::Stroke& stroke : strokes) {
        if (stroke.size() == 1) { // a dot
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            const qreal r = stroke.first().width / 2;
            painter.drawEllipse(stroke.first().at, r, r);
            continue;
        }
        for (int i = 1; i < stroke.size(); ++i) {
            // Each segment as wide as the pen pressed at its end: pressure shows in the line.
            painter.setPen(
                QPen(Qt::black, stroke.at(i).width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawLine(stroke.at(i - 1).at, stroke.at(i).at);
        }
    }
}

} // namespace

SignaturePad::SignaturePad(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(
        tr("The applicant signs here with a pen, a finger or the mouse; a signature pad works "
           "the same way."));
    setAttribute(Qt::WA_StaticContents);
    setAttribute(Qt::WA_TabletTracking, false);
    setMinimumSize(240, 90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::CrossCursor);
}

QSize SignaturePad::sizeHint() const
{
    return {480, 140};
}

qreal SignaturePad::widthForPressure(qreal pressure)
{
    return 1.0 + 5.0 * qBound<qreal>(0, pressure, 1);
}

void SignaturePad::begin(const Point& point)
{
    m_drawing = true;
    m_strokes.append(Stroke{point});
    update();
}

void SignaturePad::extend(const Point& point)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().append(point);
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::clear()
{
    m_drawing = false;
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    update();
    emit changed();
}

void SignaturePad::undo()
{
    m_drawing = false;
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    update();
    emit changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    begin({event->position(), MouseWidth});
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    extend({event->position(), MouseWidth});
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    extend({event->position(), MouseWidth});
    end();
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent* event)
{
    // Accepted, so Qt does not also send the mouse events it would make of it.
    const Point point{event->position(), widthForPressure(event->pressure())};
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(point);
        break;
    case QEvent::TabletMove:
        if (event->pressure() > 0)
            extend(point);
        break;
    case QEvent::TabletRelease:
        extend(point);
        end();
        break;
    default:
        break;
    }
    event->accept();
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));
    const int base = height() * 3 / 4;
    painter.drawLine(12, base, width() - 12, base); // where to sign
    painter.setPen(QColor(0x77, 0x77, 0x77));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_strokes.isEmpty()) {
        painter.drawText(rect().adjusted(12, 6, -12, -6), Qt::AlignLeft | Qt::AlignTop,
                         tr("Sign here"));
        return;
    }
    drawStrokes(painter, m_strokes);
}

QImage SignaturePad::toImage(qreal scale) const
{
    if (m_strokes.isEmpty())
        return QImage();
    QRectF bounds;
    qreal widest = MouseWidth;
    for (const Stroke& stroke : m_strokes) {
        for (const Point& point : stroke) {
            bounds = bounds.united(QRectF(point.at, QSizeF(0.01, 0.01)));
            widest = qMax(widest, point.width);
        }
    }
    const qreal margin = widest + 6;
    bounds.adjust(-margin, -margin, margin, margin);
    QImage image((bounds.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    drawStrokes(painter, m_strokes);
    painter.end();
    return image;
}

QByteArray SignaturePad::toPng() const
{
    const QImage image = toImage();
    if (image.isNull())
        return QByteArray();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // Ink on paper needs no colour: 8-bit grey keeps the file small.
    image.convertToFormat(QImage::Format_Grayscale8).save(&buffer, "PNG");
    return png;
}

SignatureField::SignatureField(QWidget* parent)
    : QWidget(parent), m_pad(new SignaturePad(this)),
      m_clear(new QPushButton(tr("&Clear signature"), this)),
      m_undo(new QPushButton(tr("Undo stroke"), this)), m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("signatureField"));
    setAccessibleName(tr("Signature of the applicant or agent"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title =
        new QLabel(tr("Signature of the applicant (or of the agent acting for them):"), this);
    title->setBuddy(m_pad);
    layout->addWidget(title);
    layout->addWidget(m_pad);
    auto* row = new QHBoxLayout();
    m_clear->setObjectName(QStringLiteral("signatureClear"));
    m_clear->setAccessibleName(tr("Clear the signature"));
    m_clear->setAccessibleDescription(tr("Wipes the pad so the signer can sign again."));
    m_undo->setObjectName(QStringLiteral("signatureUndo"));
    m_undo->setAccessibleName(tr("Undo the last stroke"));
    m_undo->setAccessibleDescription(tr("Takes back the last stroke drawn (Alt+Z)."));
    m_undo->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    m_undo->setToolTip(tr("Undo the last stroke (Alt+Z)"));
    m_state->setObjectName(QStringLiteral("signatureState"));
    m_state->setAccessibleName(tr("Signature state"));
    row->addWidget(m_clear);
    row->addWidget(m_undo);
    row->addWidget(m_state, 1);
    layout->addLayout(row);
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_undo, &QPushButton::clicked, m_pad, &SignaturePad::undo);
    connect(m_pad, &SignaturePad::changed, this, &SignatureField::updateState);
    updateState();
}

void SignatureField::updateState()
{
    const bool empty = m_pad->isEmpty();
    m_clear->setEnabled(!empty);
    m_undo->setEnabled(!empty);
    m_state->setText(empty ? tr("Not signed yet.")
                           : tr("Signed (%n stroke(s)); kept with the case.", nullptr,
                                int(m_pad->strokes().size())));
}

} // namespace ow
