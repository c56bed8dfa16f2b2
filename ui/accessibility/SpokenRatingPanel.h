#pragma once

#include "common/Result.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace ow {

class ReadAloud;

// 好差评 by the applicant's spoken answer (accessibility mode only): for an applicant who cannot
// see the customer window or use a pointer. The panel reads the question and the five answers
// aloud, the helper presses the number the applicant says (1–5; the choice is read back and
// shown), Enter records it with the channel 'spoken', Esc cancels. Everything works from the
// keyboard; when no speech engine exists the panel says so and the helper reads the question.
class SpokenRatingPanel : public QWidget
{
    Q_OBJECT

public:
    // Stores the score (RatingRecorder::record, channel spoken, by the signed-in helper);
    // returns the rectification's due day when a 1 or 2 opened one.
    using Record = std::function<Result<std::optional<QDate>>(const QString& caseId, int score)>;

    SpokenRatingPanel(const QString& caseId, const QString& caseNumber, Record record,
                      ReadAloud* readAloud, QWidget* parent = nullptr);

    const QString& caseId() const { return m_caseId; }
    const QString& caseNumber() const { return m_caseNumber; }
    int chosen() const { return m_chosen; }
    bool recorded() const { return m_recorded; }
    QString message() const;
    // What is read aloud when the panel opens (the question and the five answers).
    QString questionText() const;
    // Reads the question aloud (again), or says why it cannot be.
    void readQuestion();

    static QString levelName(int score); // 5 非常满意 … 1 非常不满意

signals:
    void rated(const QString& caseId, int score);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(int score);
    void confirm();
    void say(const QString& text);

    QString m_caseId;
    QString m_caseNumber;
    Record m_record;
    ReadAloud* m_readAloud;
    int m_chosen = 0;
    bool m_recorded = false;
    QLabel* m_title;
    QLabel* m_question;
    QLabel* m_choice;
    QLabel* m_message;
    QLabel* m_speech;
    QButtonGroup* m_group;
    QList<QRadioButton*> m_options; // score 5 first
    QPushButton* m_confirm;
    QPushButton* m_cancel;
};

} // namespace ow
