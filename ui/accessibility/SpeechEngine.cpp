#include "accessibility/SpeechEngine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextToSpeech>

namespace ow {

namespace {

struct SpeechText
{
    Q_DECLARE_TR_FUNCTIONS(ow::SpeechEngine)
};

} // namespace

QtSpeechEngine::QtSpeechEngine(QString language) : m_language(std::move(language)) {}

QtSpeechEngine::~QtSpeechEngine() = default;

QTextToSpeech* QtSpeechEngine::speech()
{
    if (!m_speech && !QTextToSpeech::availableEngines().isEmpty()) {
        m_speech = std::make_unique<QTextToSpeech>();
        // A Chinese voice where the system has one (the counter speaks the applicant's language).
        const QLocale wanted(m_language);
        for (const QLocale& locale : m_speech->availableLocales()) {
            if (locale.language() == wanted.language()) {
                m_speech->setLocale(locale);
                break;
            }
        }
    }
    return m_speech.get();
}

QString QtSpeechEngine::unavailableReason()
{
    if (QTextToSpeech::availableEngines().isEmpty())
        return SpeechText::tr("No speech engine is installed on this computer (Qt TextToSpeech "
                              "found none): reading aloud is not available.");
    QTextToSpeech* engine = speech();
    if (engine->state() == QTextToSpeech::Error)
        return SpeechText::tr("The speech engine does not answer (is the speech service "
                              "running?): reading aloud is not available.");
    return {};
}

void QtSpeechEngine::say(const QString& text)
{
    if (QTextToSpeech* engine = speech())
        engine->say(text);
}

void QtSpeechEngine::stop()
{
    if (m_speech)
        m_speech->stop();
}

} // namespace ow
