#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// Writes compact UTF-8 JSON with keys in the order they are written. QJsonObject sorts keys
// alphabetically; our published shapes (owctl's output) fix a reading order instead.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(const QString& name);
    JsonWriter& value(const QString& text);
    JsonWriter& value(const char* text) { return value(QString::fromUtf8(text)); }
    JsonWriter& value(int number);
    JsonWriter& value(qint64 number);
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& value(const QStringList& texts);
    JsonWriter& null();

    QByteArray toUtf8() const { return m_out.toUtf8(); }

    static QString quoted(const QString& text);

private:
    void separate();
    QString m_out;
    QList<bool> m_firstInContainer;
    bool m_afterKey = false;
};

} // namespace ow
