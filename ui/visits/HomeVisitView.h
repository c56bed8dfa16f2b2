#pragma once

#include "access/Session.h"
#include "cases/HomeVisit.h"
#include "catalog/Catalog.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimeEdit;

namespace ow {

class HomeVisitRepository;

// 上门服务: the hall's home-visit appointments of a period (the applicant masked), and the form
// that books one. Every field says what is wrong beside it. "Take the case" opens the normal
// intake prefilled from the appointment (the caller does, on intakeRequested); cancelling needs
// a reason. Everything is reached with Tab and Enter.
class HomeVisitView : public QWidget
{
    Q_OBJECT

public:
    using SessionSource = std::function<Session()>;

    HomeVisitView(HomeVisitRepository& visits, const Catalog& catalog, SessionSource session,
                  const QDate& today, QWidget* parent = nullptr);

    void refresh();
    void showList();
    void showBookingForm();
    bool isBookingFormShown() const;
    QTableView* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QString fieldMessage(const QString& field) const;
    // What the buttons do (tests and the keys call them).
    bool book();
    void takeCaseFromSelected();
    bool cancelSelected();
    QString selectedId() const;

signals:
    // The full (audited) appointment, for the intake to be prefilled from.
    void intakeRequested(const ow::HomeVisit& visit);

private:
    QWidget* createList();
    QWidget* createForm();
    QLabel* problemLabel(const QString& field);
    HomeVisit readForm() const;
    void clearForm();
    void showProblems(const QList<HomeVisitProblem>& problems);
    void hideProblem(const QString& field);
    void showProblemRow(QLabel* label, bool shown);
    void updateItemNames();
    void updateButtons();

    HomeVisitRepository& m_visits;
    const Catalog& m_catalog;
    SessionSource m_session;
    QDate m_today;
    QList<HomeVisit> m_shown;

    QStackedWidget* m_pages;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_state;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_takeCase;
    QLineEdit* m_cancelReason;
    QPushButton* m_cancel;
    QLabel* m_message;

    QLineEdit* m_identifier;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_address;
    QComboBox* m_reason;
    QLineEdit* m_items;
    QLabel* m_itemNames;
    QDateEdit* m_date;
    QTimeEdit* m_slotStart;
    QTimeEdit* m_slotEnd;
    QLineEdit* m_staff;
    QPlainTextEdit* m_notes;
    QPushButton* m_save;
    QPushButton* m_back;
    QLabel* m_formMessage;
    QHash<QString, QLabel*> m_problemLabels;
    QFormLayout* m_form = nullptr;
};

} // namespace ow
