#include "accessibility/SpokenRatingPanel.h"

#include "accessibility/Descriptions.h"
#include "accessibility/ReadAloud.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ow {

QString SpokenRatingPanel::levelName(int score)
{
    switch (score) {
    case 5:
        return tr("Very satisfied");
    case 4:
        return tr("Satisfied");
    case 3:
        return tr("Fairly satisfied");
    case 2:
        return tr("Dissatisfied");
    case 1:
        return tr("Very dissatisfied");
    default:
        return QString();
    }
}

SpokenRatingPanel::SpokenRatingPanel(const QString& caseId, const QString& caseNumber,
                                     Record record, ReadAloud* readAloud, QWidget* parent)
    : QWidget(parent), m_caseId(caseId), m_caseNumber(caseNumber), m_record(std::move(record)),
      m_readAloud(readAloud), m_title(new QLabel(this)), m_question(new QLabel(this)),
      m_choice(new QLabel(this)), m_message(new QLabel(this)), m_speech(new QLabel(this)),
      m_group(new QButtonGroup(this)), m_confirm(new QPushButton(tr("&Record (Enter)"), this)),
      m_cancel(new QPushButton(tr("Cancel (Esc)"), this))
{
    setObjectName(QStringLiteral("spokenRatingPanel"));
    setAccessibleName(tr("Spoken rating of case %1").arg(caseNumber));
    setAccessibleDescription(
        tr("The applicant's own rating, said aloud: keys 1 to 5 choose the answer they say, "
           "Enter records it, Esc cancels."));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_title->setObjectName(QStringLiteral("spokenRatingTitle"));
    m_title->setFont(large);
    m_title->setWordWrap(true);
    m_title->setText(tr("Case %1: how was our service?").arg(caseNumber));
    auto* note = new QLabel(
        tr("For an applicant who cannot use the customer window. Read the question (it is read "
           "aloud when a speech engine exists), let the applicant answer and press the number "
           "they say. Only the applicant rates: the helper never chooses for them, and outside "
           "the accessibility mode there is no such command."),
        this);
    note->setObjectName(QStringLiteral("spokenRatingNote"));
    note->setWordWrap(true);
    m_question->setObjectName(QStringLiteral("spokenRatingQuestion"));
    m_question->setWordWrap(true);
    m_question->setText(questionText());
    m_speech->setObjectName(QStringLiteral("spokenRatingSpeech"));
    m_speech->setWordWrap(true);
    m_speech->hide();

    auto* options = new QVBoxLayout;
    for (int score = 5; score >= 1; --score) {
        auto* option = new QRadioButton(tr("%1 — %2").arg(score).arg(levelName(score)), this);
        option->setObjectName(QStringLiteral("spokenRating%1").arg(score));
        option->setAccessibleDescription(
            tr("Key %1: the applicant said \"%2\".").arg(score).arg(levelName(score)));
        option->setFont(large);
        m_group->addButton(option, score);
        options->addWidget(option);
        m_options.append(option);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int score) { choose(score); });

    m_choice->setObjectName(QStringLiteral("spokenRatingChoice"));
    m_choice->setFont(large);
    m_choice->setWordWrap(true);
    m_choice->setText(tr("No answer chosen yet: press 1 to 5."));
    m_message->setObjectName(QStringLiteral("spokenRatingMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_confirm->setObjectName(QStringLiteral("spokenRatingConfirm"));
    m_cancel->setObjectName(QStringLiteral("spokenRatingCancel"));
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelled(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(note);
    layout->addWidget(m_question);
    layout->addWidget(m_speech);
    layout->addLayout(options);
    layout->addWidget(m_choice);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    describeControls(
        this, {
                  {"spokenRatingConfirm",
                   {},
                   tr("Records the answer chosen as the applicant's rating "
                      "(channel: spoken); a case is rated once.")},
                  {"spokenRatingCancel", {}, tr("Closes the panel without recording anything.")},
              });
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_options.first());
}

QString SpokenRatingPanel::questionText() const
{
    QStringList answers;
    for (int score = 5; score >= 1; --score)
        answers.append(tr("%1, %2").arg(score).arg(levelName(score)));
    return tr("Case %1. How satisfied are you with our service? Please answer with a number: %2.")
        .arg(m_caseNumber, answers.join(tr("; ")));
}

QString SpokenRatingPanel::message() const
{
    return m_message->text();
}

void SpokenRatingPanel::say(const QString& text)
{
    if (!m_readAloud)
        return;
    const QString reason = m_readAloud->unavailableReason();
    if (!reason.isEmpty()) {
        m_speech->setText(tr("Not read aloud (%1): read the question and the answers to the "
                             "applicant yourself.")
                              .arg(reason));
        m_speech->show();
        return;
    }
    m_speech->hide();
    m_readAloud->speak(text);
}

void SpokenRatingPanel::readQuestion()
{
    say(questionText());
}

void SpokenRatingPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        choose(key - Qt::Key_0);
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        confirm();
    } else if (key == Qt::Key_Escape) {
        emit cancelled();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SpokenRatingPanel::choose(int score)
{
    if (m_recorded || score < 1 || score > 5)
        return;
    m_chosen = score;
    QRadioButton* option = m_options.at(5 - score);
    option->setChecked(true);
    option->setFocus();
    m_choice->setText(tr("Chosen: %1 — %2. Enter records it; another number changes it.")
                          .arg(score)
                          .arg(levelName(score)));
    m_message->clear();
    say(tr("%1, %2. Is that right?").arg(score).arg(levelName(score)));
}

void SpokenRatingPanel::confirm()
{
    if (m_recorded)
        return;
    if (m_chosen == 0) {
        m_message->setText(tr("Press 1 to 5 first: the number the applicant says."));
        return;
    }
    const Result<std::optional<QDate>> stored = m_record(m_caseId, m_chosen);
    if (!stored) {
        m_message->setText(stored.error());
        say(stored.error());
        return;
    }
    m_recorded = true;
    for (QRadioButton* option : std::as_const(m_options))
        option->setEnabled(false);
    m_confirm->setEnabled(false);
    m_cancel->setText(tr("Close (Esc)"));
    if (stored.value()) {
        m_message->setText(tr("Recorded: %1 — %2 (spoken). The hall's supervisor will call the "
                              "applicant back; the rectification is due on %3.")
                               .arg(m_chosen)
                               .arg(levelName(m_chosen),
                                    QLocale().toString(*stored.value(), QLocale::ShortFormat)));
        say(tr("Thank you. We are sorry; the hall's supervisor will call you back."));
    } else {
        m_message->setText(
            tr("Recorded: %1 — %2 (spoken). Thank you.").arg(m_chosen).arg(levelName(m_chosen)));
        say(tr("Thank you for your rating."));
    }
    m_cancel->setFocus();
    emit rated(m_caseId, m_chosen);
}

} // namespace ow
