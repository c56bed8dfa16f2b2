// Build tool: renders the application's SVG icon to the PNG sizes of the hicolor icon theme, so
// that the packaged PNGs are always made from the one SVG source.
//   ow_render_icon SOURCE.svg OUTPUT_DIR SIZE...  → OUTPUT_DIR/SIZExSIZE/apps/onewindow.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: ow_render_icon SOURCE.svg OUTPUT_DIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "ow_render_icon: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    for (int i = 3; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "ow_render_icon: bad size %s\n", qPrintable(arguments.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        if (!QDir().mkpath(folder) ||
            !image.save(folder + QStringLiteral("/onewindow.png"), "PNG")) {
            std::fprintf(stderr, "ow_render_icon: cannot write %s\n", qPrintable(folder));
            return 1;
        }
    }
    return 0;
}
