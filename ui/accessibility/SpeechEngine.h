#pragma once

#include <QString>
#include <memory>

class QTextToSpeech;

namespace ow {

// Read aloud (朗读): what the screens need from a speech synthesizer. The real one is
// QtSpeechEngine (Qt TextToSpeech, a Chinese voice where the system has one); tests use a
// recording engine, since no sound card or speech daemon exists where they run.
class SpeechEngine
{
public:
    virtual ~SpeechEngine() = default;
    // Empty when the engine can speak; otherwise why not, in words a clerk can act on.
    virtual QString unavailableReason() = 0;
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;
};

// Qt TextToSpeech. The synthesizer is created on first use (creating it may start the system's
// speech daemon, which start-up and tests need not wait for).
class QtSpeechEngine : public SpeechEngine
{
public:
    explicit QtSpeechEngine(QString language);
    ~QtSpeechEngine() override;

    QString unavailableReason() override;
    void say(const QString& text) override;
    void stop() override;

private:
    QTextToSpeech* speech();

    QString m_language;
    std::unique_ptr<QTextToSpeech> m_speech;
};

} // namespace ow
