#pragma once

#include "common/Result.h"
#include "reports/RatingRecorder.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace ow {

// 好差评 on the customer-facing window: a second top-level window (on the second screen when
// there is one) with five large buttons, 非常满意 5 … 非常不满意 1. It asks for the rating of one
// decided case at a time, and takes an answer only from a pointer or a touch on its own buttons:
// they never take the keyboard focus and the window never takes it either, so the clerk's
// keyboard cannot answer for the applicant, and nothing in the clerk's window records a score.
// One rating per case: a case already rated is shown as such and its buttons stay off.
class RatingWindow : public QWidget
{
    Q_OBJECT

public:
    // Stores a score (RatingRecorder::record with the clerk's session and the rectification
    // days); returns the rectification's due day when a score of 1 or 2 opened one.
    using Record = std::function<Result<std::optional<QDate>>(const QString& caseId, int score,
                                                              RatingRecorder::Channel channel)>;
    using ScoreOf = std::function<Result<int>(const QString& caseId)>; // 0: not rated

    RatingWindow(Record record, ScoreOf scoreOf, QWidget* parent = nullptr);

    // Asks the applicant to rate a case (after the decision: channel window; the receipt's QR
    // scanned later: channel qr). False when the case cannot be rated (already rated, unknown).
    bool askFor(const QString& caseId, const QString& caseNumber,
                RatingRecorder::Channel channel = RatingRecorder::Channel::Window);
    // The intake checklist mirrored in large type while the clerk fills it in.
    void showChecklist(const QString& caseTitle, const QStringList& lines);
    // Puts the window on the second screen (full screen) when there is one.
    void placeOnCustomerScreen();

    QString caseId() const { return m_caseId; }
    QPushButton* button(int score) const;
    QString message() const;

signals:
    void rated(const QString& caseId, int score);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void answer(int score);
    void setButtonsEnabled(bool enabled);

    Record m_record;
    ScoreOf m_scoreOf;
    QString m_caseId;
    QString m_caseNumber;
    RatingRecorder::Channel m_channel = RatingRecorder::Channel::Window;
    QLabel* m_title;
    QLabel* m_checklist;
    QLabel* m_message;
    QList<QPushButton*> m_buttons; // score 5 first
};

} // namespace ow
