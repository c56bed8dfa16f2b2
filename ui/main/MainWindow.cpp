#include "main/MainWindow.h"

#include "navigator/ItemDetailsPanel.h"
#include "navigator/NavigatorPanel.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>

namespace ow {

MainWindow::MainWindow(Catalog catalog, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), m_catalog(std::move(catalog)), m_databasePath(databasePath),
      m_navigator(new NavigatorPanel(this)), m_details(new ItemDetailsPanel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow — government service counter"));
    setAccessibleName(tr("OneWindow main window"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/onewindow.svg")));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setAccessibleName(tr("Navigator and details"));
    splitter->addWidget(m_navigator);
    auto* scroll = new QScrollArea(splitter);
    scroll->setAccessibleName(tr("Item details"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_navigator->setCatalog(m_catalog);
    m_details->setCatalog(&m_catalog);
    connect(m_navigator, &NavigatorPanel::codeSelected, m_details, &ItemDetailsPanel::showCode);

    m_status->setObjectName(QStringLiteral("statusCatalog"));
    m_status->setAccessibleName(tr("Catalog and database"));
    m_status->setText(tr("Catalog: %1 items, %2 sub-items · Database: %3")
                          .arg(m_catalog.itemCount())
                          .arg(m_catalog.subItemCount())
                          .arg(m_databasePath));
    statusBar()->addWidget(m_status, 1);
    createMenus();
    resize(1200, 760);
    m_navigator->setFocus(); // until the search box arrives, the clerk starts in the navigator
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OneWindow"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OneWindow"),
                       tr("OneWindow %1 — single-window counter client for government service "
                          "halls.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace ow
