// The baseline of the startup benchmark: the least a Qt Widgets program does before its first
// paint — one QMainWindow holding one label of Chinese text — then it exits, as
// `onewindow --exit-after-startup` does.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {

class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    auto* label = new QLabel(QStringLiteral("一窗通 — 政务服务综合窗口"));
    window.setCentralWidget(label);
    FirstPaintExit watcher;
    label->installEventFilter(&watcher);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
