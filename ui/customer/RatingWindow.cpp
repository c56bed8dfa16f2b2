#include "customer/RatingWindow.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace ow {

RatingWindow::RatingWindow(Record record, ScoreOf scoreOf, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::WindowDoesNotAcceptFocus), m_record(std::move(record)),
      m_scoreOf(std::move(scoreOf))
{
    setObjectName(QStringLiteral("ratingWindow"));
    setWindowTitle(tr("Please rate our service"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    QFont large = font();
    large.setPointSize(28);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ratingTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setFont(large);
    m_title->setWordWrap(true);
    m_checklist = new QLabel(this);
    m_checklist->setObjectName(QStringLiteral("customerChecklist"));
    QFont checklistFont = font();
    checklistFont.setPointSize(22);
    m_checklist->setFont(checklistFont);
    m_checklist->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ratingMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setFont(large);
    m_message->setWordWrap(true);

    auto* row = new QHBoxLayout;
    const QList<QPair<int, QString>> levels = {
        {5, tr("Very satisfied")}, {4, tr("Satisfied")},         {3, tr("Fairly satisfied")},
        {2, tr("Dissatisfied")},   {1, tr("Very dissatisfied")},
    };
    QFont buttonFont = font();
    buttonFont.setPointSize(24);
    for (const auto& [score, name] : levels) {
        auto* button = new QPushButton(QStringLiteral("%1\n%2").arg(name).arg(score), this);
        button->setObjectName(QStringLiteral("rateButton%1").arg(score));
        button->setAccessibleDescription(
            tr("The applicant touches it to rate the service %1 of 5.").arg(score));
        // Only a pointer or a touch answers: no focus, so no key can press it.
        button->setFocusPolicy(Qt::NoFocus);
        button->setFont(buttonFont);
        button->setMinimumSize(180, 160);
        button->setAttribute(Qt::WA_AcceptTouchEvents);
        button->installEventFilter(this);
        connect(button, &QPushButton::clicked, this, [this, score = score] { answer(score); });
        row->addWidget(button);
        m_buttons.append(button);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_checklist, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    m_checklist->hide();
    setButtonsEnabled(false);
    m_title->setText(tr("Welcome"));
}

bool RatingWindow::eventFilter(QObject* watched, QEvent* event)
{
    // A key sent to a button (Space, Enter, a shortcut) is swallowed: only a pointer answers.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

QPushButton* RatingWindow::button(int score) const
{
    return score >= 1 && score <= 5 ? m_buttons.at(5 - score) : nullptr;
}

QString RatingWindow::message() const
{
    return m_message->text();
}

void RatingWindow::setButtonsEnabled(bool enabled)
{
    for (QPushButton* button : m_buttons)
        button->setEnabled(enabled);
}

void RatingWindow::placeOnCustomerScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* primary = QGuiApplication::primaryScreen();
    for (QScreen* screen : screens) {
        if (screen != primary) {
            setGeometry(screen->geometry());
            showFullScreen();
            return;
        }
    }
    resize(1100, 600);
    show();
}

bool RatingWindow::askFor(const QString& caseId, const QString& caseNumber,
                          RatingRecorder::Channel channel)
{
    m_caseId = caseId;
    m_caseNumber = caseNumber;
    m_channel = channel;
    m_checklist->hide();
    m_title->setText(tr("Case %1: how was our service?").arg(caseNumber));
    const Result<int> score = m_scoreOf(caseId);
    if (!score) {
        m_message->setText(score.error());
        setButtonsEnabled(false);
        return false;
    }
    if (score.value() > 0) {
        m_message->setText(tr("This case has already been rated. Thank you."));
        setButtonsEnabled(false);
        return false;
    }
    m_message->setText(tr("Touch one of the buttons."));
    setButtonsEnabled(true);
    return true;
}

void RatingWindow::showChecklist(const QString& caseTitle, const QStringList& lines)
{
    setButtonsEnabled(false);
    m_caseId.clear();
    m_title->setText(caseTitle);
    m_checklist->setText(lines.join(QLatin1Char('\n')));
    m_checklist->show();
    m_message->clear();
}

void RatingWindow::answer(int score)
{
    if (m_caseId.isEmpty())
        return;
    const QString caseId = m_caseId;
    setButtonsEnabled(false);
    const Result<std::optional<QDate>> stored = m_record(caseId, score, m_channel);
    if (!stored) {
        m_message->setText(stored.error());
        return;
    }
    m_caseId.clear();
    m_message->setText(stored.value()
                           ? tr("Thank you. We are sorry; the hall's supervisor will call you "
                                "back.")
                           : tr("Thank you for your rating."));
    emit rated(caseId, score);
}

} // namespace ow
