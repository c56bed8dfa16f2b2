#pragma once

#include "access/Session.h"
#include "ratings/RectificationService.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ow {

// 整改: the hall's rectifications for a supervisor. A list (open, due today, overdue, closed or
// all; the earliest due first, overdue in red) and, for the selected one, its call-back (date,
// whom the supervisor reached, what was said) and its closing note. Each change goes through
// RectificationService (role check, validation, audit) and the list reloads.
class RectificationView : public QWidget
{
    Q_OBJECT

public:
    RectificationView(RectificationService& service, Session session, QWidget* parent = nullptr);

    // Reloads the list with the filter chosen; false with the message on screen.
    bool refresh();
    void setFilter(RectificationService::Filter filter);
    bool select(const QString& caseNumber);
    const QList<Rectification>& rectifications() const { return m_list; }
    QString message() const;

    static QString stateName(RectificationService::State state);

private:
    void showSelected();
    void recordCallBack();
    void closeSelected();
    const Rectification* selected() const;
    void say(const QString& text, bool error);

    RectificationService& m_service;
    Session m_session;
    QList<Rectification> m_list;

    QComboBox* m_filter;
    QLabel* m_count;
    QTableWidget* m_table;
    QLabel* m_caseLabel;
    QDateEdit* m_callBackDate;
    QLineEdit* m_reached;
    QPlainTextEdit* m_said;
    QPushButton* m_recordButton;
    QPlainTextEdit* m_note;
    QPushButton* m_closeButton;
    QLabel* m_message;
};

} // namespace ow
