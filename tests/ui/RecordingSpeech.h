#pragma once

#include "accessibility/SpeechEngine.h"

#include <QStringList>

namespace ow::test {

// A speech engine that writes down what it was asked to say (no sound card or speech daemon
// exists where the tests run). `reason` makes it unavailable, as a missing daemon would.
class RecordingSpeech : public SpeechEngine
{
public:
    explicit RecordingSpeech(QStringList* said, QString reason = {})
        : m_said(said), m_reason(std::move(reason))
    {}
    QString unavailableReason() override { return m_reason; }
    void say(const QString& text) override { m_said->append(text); }
    void stop() override { ++stops; }
    int stops = 0;

private:
    QStringList* m_said;
    QString m_reason;
};

} // namespace ow::test
