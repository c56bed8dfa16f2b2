#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QLabel;

namespace ow {

class CatalogSearch;
class SearchResultsModel;

// The search box and its result list. Results follow every keystroke; Up / Down move through
// them without leaving the box, Enter opens the current one, Esc clears the query.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(const CatalogSearch& search, const Catalog& catalog, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QListView* results() const { return m_results; }
    SearchResultsModel* model() const { return m_model; }
    void focusSearch();

signals:
    void activeChanged(bool active); // a query is typed: show the results instead of the tree
    void currentChanged(const QString& code);
    void activated(const QString& code);
    // A receipt's QR code read by a scanner (scanners type like a keyboard, then Enter).
    void caseScanned(const QString& caseNumber);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runQuery(const QString& text);
    void moveCurrent(int delta);
    void activateCurrent();
    // The longest hint that fits the box as it is now (large type shortens it).
    void fitPlaceholder();

    const CatalogSearch& m_search;
    const Catalog& m_catalog;
    QLineEdit* m_edit;
    QListView* m_results;
    QLabel* m_summary;
    SearchResultsModel* m_model;
};

} // namespace ow
