#include "json/JsonWriter.h"

namespace ow {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_firstInContainer.isEmpty()) {
        if (!m_firstInContainer.last())
            m_out += QLatin1Char(',');
        m_firstInContainer.last() = false;
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out += QLatin1Char('{');
    m_firstInContainer.append(true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out += QLatin1Char('}');
    m_firstInContainer.removeLast();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out += QLatin1Char('[');
    m_firstInContainer.append(true);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out += QLatin1Char(']');
    m_firstInContainer.removeLast();
    return *this;
}

JsonWriter& JsonWriter::key(const QString& name)
{
    separate();
    m_out += quoted(name);
    m_out += QLatin1Char(':');
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    separate();
    m_out += quoted(text);
    return *this;
}

JsonWriter& JsonWriter::value(int number)
{
    separate();
    m_out += QString::number(number);
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    m_out += QString::number(number);
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    separate();
    m_out += QString::number(number, 'g', 12);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? QStringLiteral("true") : QStringLiteral("false");
    return *this;
}

JsonWriter& JsonWriter::value(const QStringList& texts)
{
    beginArray();
    for (const QString& text : texts)
        value(text);
    return endArray();
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out += QStringLiteral("null");
    return *this;
}

QString JsonWriter::quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace ow
