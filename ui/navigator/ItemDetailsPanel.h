#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

class QLabel;
class QFormLayout;

namespace ow {

// The right side of the main window: what the catalog says of the selected stage, scene, item
// or sub-item — its type and its four department columns, and the sub-items of an item.
class ItemDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ItemDetailsPanel(QWidget* parent = nullptr);

    void setCatalog(const Catalog* catalog) { m_catalog = catalog; }
    void showCode(const QString& code);
    QString shownCode() const { return m_shownCode; }

private:
    QLabel* addField(const QString& label, const QString& objectName);
    void showItem(const Item& item);
    void showSubItem(const SubItem& subItem, const Item& owner);
    void showDepartments(const Departments& departments);
    void showGroup(const QString& code);
    void clear();

    const Catalog* m_catalog = nullptr;
    QString m_shownCode;
    QLabel* m_title;
    QFormLayout* m_form;
    QLabel* m_code;
    QLabel* m_type;
    QLabel* m_cityLead;
    QLabel* m_cityCo;
    QLabel* m_districtLead;
    QLabel* m_districtCo;
    QLabel* m_contents;
};

} // namespace ow
