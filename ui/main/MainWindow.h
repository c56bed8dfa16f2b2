#pragma once

#include "catalog/Catalog.h"

#include <QMainWindow>

class QLabel;

namespace ow {

class ItemDetailsPanel;
class NavigatorPanel;

// The clerk's main window: the lifecycle navigator on the left, the selected entry's details
// on the right, the database and catalog in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Catalog catalog, const QString& databasePath, QWidget* parent = nullptr);

    NavigatorPanel* navigator() const { return m_navigator; }
    ItemDetailsPanel* details() const { return m_details; }

private:
    void createMenus();
    void showAbout();

    Catalog m_catalog;
    QString m_databasePath;
    NavigatorPanel* m_navigator;
    ItemDetailsPanel* m_details;
    QLabel* m_status;
};

} // namespace ow
