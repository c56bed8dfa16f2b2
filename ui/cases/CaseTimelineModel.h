#pragma once

#include "cases/CaseStatus.h"

#include <QAbstractTableModel>

namespace ow {

// A case's timeline: every event of its log in order — the step (收件, 受理 …), when, by whom,
// and the note given with it (a withdrawal's reason, a refusal's reasons).
class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Step,
        Time,
        User,
        Note,
        ColumnCount
    };

    explicit CaseTimelineModel(QObject* parent = nullptr);
    void setEvents(QList<CaseEvent> events);
    const QList<CaseEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CaseEvent> m_events;
};

} // namespace ow
