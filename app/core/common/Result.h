#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ow {

// The project's one error style: a function that can fail returns a Result carrying either its
// value or a message a clerk or an IT person can read. No exception crosses a layer boundary.
template <typename T>
class [[nodiscard]] Result
{
public:
    static Result success(T value) { return Result(std::move(value), QString()); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const QString& error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value)), m_error(std::move(error))
    {}
    std::optional<T> m_value;
    QString m_error;
};

// A Result without a value: success, or a readable message.
class [[nodiscard]] Status
{
public:
    static Status success() { return Status(QString(), true); }
    static Status failure(QString message) { return Status(std::move(message), false); }
    template <typename T>
    static Status from(const Result<T>& result)
    {
        return result.ok() ? success() : failure(result.error());
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }

private:
    Status(QString error, bool ok) : m_error(std::move(error)), m_ok(ok) {}
    QString m_error;
    bool m_ok;
};

} // namespace ow
