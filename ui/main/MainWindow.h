#pragma once

#include "main/WorkspaceData.h"
#include "search/CatalogSearch.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace ow {

class DocumentPrinter;
class GuideView;
class ItemDetailsPanel;
class NavigatorPanel;
class SearchPanel;

// The clerk's main window: the search box and the lifecycle navigator on the left, the
// workspace on the right (the selected entry's catalog data, then one tab per opened guide),
// the database and catalog in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(WorkspaceData data, DocumentPrinter& printer, QWidget* parent = nullptr);

    NavigatorPanel* navigator() const { return m_navigator; }
    ItemDetailsPanel* details() const { return m_details; }
    SearchPanel* searchPanel() const { return m_search; }
    QTabWidget* workspace() const { return m_workspace; }
    GuideView* openGuide(const QString& code);
    GuideView* currentGuide() const;

private:
    void createMenus();
    void showAbout();
    void closeGuideTab(int index);

    WorkspaceData m_data;
    CatalogSearch m_catalogSearch;
    DocumentPrinter& m_printer;
    SearchPanel* m_search;
    NavigatorPanel* m_navigator;
    ItemDetailsPanel* m_details;
    QTabWidget* m_workspace;
    QLabel* m_status;
};

} // namespace ow
