#pragma once

// Real files of the kinds a counter scans, made on the spot (QtGui): a multi-page PDF written by
// QPdfWriter, a PNG and a JPEG of a drawn "certificate". Header-only: only tests that link
// Qt6::Gui include it.
#include <QBuffer>
#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace ow::test {

inline QImage certificateImage(int width = 600, int height = 400, const QColor& ink = Qt::darkBlue)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(QPen(ink, 6));
    painter.drawRect(10, 10, width - 20, height - 20);
    painter.drawLine(40, height / 2, width - 40, height / 2);
    return image;
}

inline QByteArray encodedImage(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, format == QByteArrayView("JPEG") ? 85 : -1);
    return bytes;
}

inline QByteArray pngSample()
{
    return encodedImage(certificateImage(), "PNG");
}

inline QByteArray jpegSample()
{
    return encodedImage(certificateImage(800, 600, Qt::darkRed), "JPEG");
}

// A PDF of `pages` A4 pages, each with its number drawn large.
inline QByteArray pdfSample(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(72);
        QPainter painter(&pdf);
        QFont font = painter.font();
        font.setPixelSize(60);
        painter.setFont(font);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                pdf.newPage();
            painter.drawRect(20, 20, 300, 200);
            painter.drawText(60, 150, QString::number(page));
        }
    }
    return bytes;
}

} // namespace ow::test
