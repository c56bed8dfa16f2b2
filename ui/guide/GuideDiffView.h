#pragma once

#include "guide/Guide.h"
#include "guide/GuideDiff.h"
#include "guide/GuideJson.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ow {

// Two versions of one guide side by side (GuideDiff): one row per field, material, condition
// and step; the changed rows highlighted and marked "changed" for screen readers. F7 / Shift+F7
// (or the buttons) move to the next / previous change; the version boxes choose the sides.
class GuideDiffView : public QWidget
{
    Q_OBJECT

public:
    // versions: every version of the item's guide, by number (at least one).
    GuideDiffView(const QString& itemCode, QMap<int, Guide> versions,
                  GuideJson::Dictionary dictionary, QWidget* parent = nullptr);

    void compare(int left, int right);
    int leftVersion() const;
    int rightVersion() const;
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QComboBox* leftBox() const { return m_left; }
    QComboBox* rightBox() const { return m_right; }
    const QList<GuideDiff::Row>& rows() const { return m_rows; }
    // Moves the current row to the next (or previous) changed row; false when there is none.
    bool nextChange();
    bool previousChange();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void fitRows();
    bool moveToChange(int step);

    QString m_code;
    QMap<int, Guide> m_versions;
    GuideJson::Dictionary m_dictionary;
    QList<GuideDiff::Row> m_rows;
    QComboBox* m_left;
    QComboBox* m_right;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_next;
    QPushButton* m_previous;
};

} // namespace ow
