#include "main/MainWindow.h"

#include "guide/GuideView.h"
#include "navigator/ItemDetailsPanel.h"
#include "navigator/NavigatorPanel.h"
#include "search/SearchPanel.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow {

MainWindow::MainWindow(WorkspaceData data, DocumentPrinter& printer, QWidget* parent)
    : QMainWindow(parent), m_data(std::move(data)), m_catalogSearch(m_data.pinyin),
      m_printer(printer)
{
    m_catalogSearch.setCatalog(m_data.catalog);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow — government service counter"));
    setAccessibleName(tr("OneWindow main window"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/onewindow.svg")));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setAccessibleName(tr("Navigator and workspace"));

    auto* left = new QWidget(splitter);
    left->setAccessibleName(tr("Find an item"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new SearchPanel(m_catalogSearch, m_data.catalog, left);
    m_navigator = new NavigatorPanel(left);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_navigator, 1);
    splitter->addWidget(left);

    m_workspace = new QTabWidget(splitter);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setTabsClosable(true);
    m_workspace->setDocumentMode(true);
    m_details = new ItemDetailsPanel(m_workspace);
    auto* scroll = new QScrollArea(m_workspace);
    scroll->setAccessibleName(tr("Item details"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    m_workspace->addTab(scroll, tr("Catalog entry"));
    m_workspace->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_workspace->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_navigator->setCatalog(m_data.catalog);
    m_details->setCatalog(&m_data.catalog);
    const auto showEntry = [this](const QString& code) {
        m_details->showCode(code);
        m_workspace->setCurrentIndex(0);
    };
    connect(m_navigator, &NavigatorPanel::codeSelected, this, showEntry);
    connect(m_search, &SearchPanel::currentChanged, this, showEntry);
    connect(m_navigator, &NavigatorPanel::codeActivated, this, &MainWindow::openGuide);
    connect(m_search, &SearchPanel::activated, this, &MainWindow::openGuide);
    connect(m_search, &SearchPanel::activeChanged, m_navigator, &QWidget::setHidden);
    connect(m_workspace, &QTabWidget::tabCloseRequested, this, &MainWindow::closeGuideTab);

    auto* focusSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusSearch, &QShortcut::activated, m_search, &SearchPanel::focusSearch);
    auto* closeTab = new QShortcut(QKeySequence::Close, this);
    connect(closeTab, &QShortcut::activated, this,
            [this] { closeGuideTab(m_workspace->currentIndex()); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusCatalog"));
    m_status->setAccessibleName(tr("Catalog and database"));
    m_status->setText(tr("Catalog: %1 items, %2 sub-items, %3 guides · Database: %4")
                          .arg(m_data.catalog.itemCount())
                          .arg(m_data.catalog.subItemCount())
                          .arg(m_data.guides.size())
                          .arg(m_data.databasePath));
    statusBar()->addWidget(m_status, 1);
    createMenus();
    resize(1280, 800);
    m_search->focusSearch(); // the clerk starts typing at once
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* search = go->addAction(tr("&Search items"), m_search, &SearchPanel::focusSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setShortcutContext(Qt::WidgetShortcut); // the window's QShortcut handles the key
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OneWindow"), this, &MainWindow::showAbout);
}

GuideView* MainWindow::openGuide(const QString& code)
{
    for (int i = 1; i < m_workspace->count(); ++i) {
        auto* view = qobject_cast<GuideView*>(m_workspace->widget(i));
        if (view && view->subject().code == code) {
            m_workspace->setCurrentIndex(i);
            view->setFocus();
            return view;
        }
    }
    const std::optional<GuideSubject> subject = GuideSubject::fromCatalog(m_data.catalog, code);
    if (!subject)
        return nullptr;
    std::optional<Guide> guide;
    if (const auto found = m_data.guides.constFind(code); found != m_data.guides.cend())
        guide = *found;
    auto* view = new GuideView(*subject, guide, m_data.dictionary, m_printer, m_workspace);
    const int index = m_workspace->addTab(
        view, QStringLiteral("%1 %2").arg(subject->code, subject->name.left(12)));
    m_workspace->setTabToolTip(index, subject->name);
    m_workspace->setCurrentIndex(index);
    view->setFocus();
    return view;
}

GuideView* MainWindow::currentGuide() const
{
    return qobject_cast<GuideView*>(m_workspace->currentWidget());
}

void MainWindow::closeGuideTab(int index)
{
    if (index <= 0) // the catalog entry tab stays
        return;
    QWidget* view = m_workspace->widget(index);
    m_workspace->removeTab(index);
    view->deleteLater();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OneWindow"),
                       tr("OneWindow %1 — single-window counter client for government service "
                          "halls.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace ow
