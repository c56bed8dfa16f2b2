#include "cases/IntakeDraftStore.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"
#include "security/Sodium.h"

#include <QLocale>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

#include <cstring>

namespace ow {

namespace {

constexpr qsizetype NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype MacSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype HeaderSize = IntakeDraftStore::MagicSize + NonceSize;
// crypto_kdf context: exactly 8 characters; subkey 1 of the at-rest key is for intake drafts.
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "OWdrafts";

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

// What the seal is bound to: a payload only opens in the row it was written for.
QByteArray associatedData(const QString& id, const QString& userName, int format)
{
    return (id + QLatin1Char('\n') + userName + QLatin1Char('\n') + QString::number(format))
        .toUtf8();
}

// Item codes as the column keeps them: space-separated, never NULL.
QString codesText(const QStringList& codes)
{
    return codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(' '));
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

IntakeDraftStore::IntakeDraftStore(Database& database, const Clock& clock, QByteArray key)
    : m_database(database), m_clock(clock)
{
    if (ensureSodium() && key.size() == crypto_kdf_KEYBYTES) {
        m_key = QByteArray(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
        crypto_kdf_derive_from_key(bytes(m_key), size_t(m_key.size()), 1, KdfContext, bytes(key));
    }
}

IntakeDraftStore::~IntakeDraftStore()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

QString IntakeDraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray IntakeDraftStore::seal(const QString& id, const QString& userName,
                                  const QByteArray& plain) const
{
    const QByteArray ad = associatedData(id, userName, Format);
    QByteArray sealed(HeaderSize + plain.size() + MacSize, Qt::Uninitialized);
    std::memcpy(sealed.data(), Magic, MagicSize);
    unsigned char* nonce = bytes(sealed) + MagicSize;
    randombytes_buf(nonce, NonceSize);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(sealed) + HeaderSize, &length, bytes(plain), (unsigned long long)plain.size(),
        bytes(ad), (unsigned long long)ad.size(), nullptr, nonce, bytes(m_key));
    sealed.truncate(HeaderSize + qsizetype(length));
    return sealed;
}

Result<QByteArray> IntakeDraftStore::unseal(const Info& info, const QByteArray& sealed,
                                            bool* unreadable) const
{
    using R = Result<QByteArray>;
    if (m_key.isEmpty())
        return R::failure(tr("The unfinished intake of %1 cannot be opened: the key for "
                             "encrypted data is not available.")
                              .arg(when(info.savedAt)));
    if (unreadable)
        *unreadable = true; // from here on, every failure is the stored draft's own
    if (info.format < Format)
        return R::failure(tr("The unfinished intake of %1 was saved in an older format "
                             "(version %2) that this OneWindow no longer reads.")
                              .arg(when(info.savedAt))
                              .arg(info.format));
    if (info.format > Format)
        return R::failure(tr("The unfinished intake of %1 was saved by a newer OneWindow "
                             "(format version %2).")
                              .arg(when(info.savedAt))
                              .arg(info.format));
    if (sealed.size() < HeaderSize + MacSize ||
        !sealed.startsWith(QByteArrayView(Magic, MagicSize)))
        return R::failure(tr("The unfinished intake of %1 is damaged (its stored data is "
                             "truncated or not sealed by OneWindow).")
                              .arg(when(info.savedAt)));
    const QByteArray ad = associatedData(info.id, info.userName, info.format);
    QByteArray plain(sealed.size() - HeaderSize - MacSize, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(plain), &length, nullptr, bytes(sealed) + HeaderSize,
            (unsigned long long)(sealed.size() - HeaderSize), bytes(ad),
            (unsigned long long)ad.size(), bytes(sealed) + MagicSize, bytes(m_key)) != 0)
        return R::failure(tr("The unfinished intake of %1 failed its integrity check: it was "
                             "altered, or sealed with another key.")
                              .arg(when(info.savedAt)));
    plain.truncate(qsizetype(length));
    if (unreadable)
        *unreadable = false;
    return R::success(std::move(plain));
}

Status IntakeDraftStore::insert(const Session& session, const QString& id,
                                const QByteArray& payload, const QStringList& itemCodes)
{
    if (m_key.isEmpty())
        return Status::failure(
            tr("The draft cannot be saved: the key for encrypted data is not available."));
    const QVariant now = timeValue(m_clock.now());
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("INSERT INTO intake_draft (id, center_code, window_no, "
                                "user_name, format, created_at, saved_at, item_codes, payload) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, session.hall.centerCode, session.hall.window, session.user.name, Format, now,
                  now, codesText(itemCodes), seal(id, session.user.name, payload)}))
        return Status::failure(tr("The draft could not be saved in %1: %2")
                                   .arg(m_database.path(), failureText(query)));
    return Status::success();
}

Result<bool> IntakeDraftStore::update(const QString& id, const QByteArray& payload,
                                      const QStringList& itemCodes)
{
    using R = Result<bool>;
    if (m_key.isEmpty())
        return R::failure(
            tr("The draft cannot be saved: the key for encrypted data is not available."));
    // The owner is read in the same transaction, for the seal's associated data.
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(tr("The draft could not be saved in %1: %2")
                              .arg(m_database.path(), transaction.error()));
    QSqlQuery query(m_database.connection());
    if (!execute(query, QStringLiteral("SELECT user_name FROM intake_draft WHERE id = ?"), {id}))
        return R::failure(tr("The draft could not be saved in %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(false);
    const QString owner = query.value(0).toString();
    query.finish();
    if (!execute(query,
                 QStringLiteral("UPDATE intake_draft SET format = ?, saved_at = ?, "
                                "item_codes = ?, payload = ? WHERE id = ?"),
                 {Format, timeValue(m_clock.now()), codesText(itemCodes), seal(id, owner, payload),
                  id}) ||
        !transaction.commit())
        return R::failure(tr("The draft could not be saved in %1: %2")
                              .arg(m_database.path(), query.lastError().isValid()
                                                          ? failureText(query)
                                                          : transaction.error()));
    return R::success(true);
}

Result<std::optional<IntakeDraftStore::Info>> IntakeDraftStore::find(const QString& id,
                                                                     QByteArray* payload) const
{
    using R = Result<std::optional<Info>>;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT id, user_name, created_at, saved_at, item_codes, format, "
                                "payload FROM intake_draft WHERE id = ?"),
                 {id}))
        return R::failure(
            tr("The drafts in %1 cannot be read: %2").arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    Info info{query.value(0).toString(),
              query.value(1).toString(),
              timeFrom(query.value(2)),
              timeFrom(query.value(3)),
              query.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
              query.value(5).toInt()};
    if (payload)
        *payload = query.value(6).toByteArray();
    return R::success(info);
}

Result<QList<IntakeDraftStore::Info>> IntakeDraftStore::list(const Session& session) const
{
    using R = Result<QList<Info>>;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT id, user_name, created_at, saved_at, item_codes, format "
                                "FROM intake_draft WHERE user_name = ? AND center_code = ? AND "
                                "window_no = ? ORDER BY saved_at DESC, id"),
                 {session.user.name, session.hall.centerCode, session.hall.window}))
        return R::failure(
            tr("The drafts in %1 cannot be read: %2").arg(m_database.path(), failureText(query)));
    QList<Info> drafts;
    while (query.next())
        drafts.append({query.value(0).toString(), query.value(1).toString(),
                       timeFrom(query.value(2)), timeFrom(query.value(3)),
                       query.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                       query.value(5).toInt()});
    return R::success(drafts);
}

Result<QByteArray> IntakeDraftStore::open(const Session& session, const QString& id,
                                          bool* unreadable) const
{
    using R = Result<QByteArray>;
    if (unreadable)
        *unreadable = false;
    QByteArray sealed;
    const auto found = find(id, &sealed);
    if (!found)
        return R::failure(found.error());
    if (!found.value() || found.value()->userName != session.user.name)
        return R::failure(tr("There is no such unfinished intake of yours."));
    return unseal(*found.value(), sealed, unreadable);
}

Status IntakeDraftStore::remove(const Session& session, const QString& id,
                                const QString& auditAction, const QString& detail)
{
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(tr("The draft could not be removed from %1: %2")
                                   .arg(m_database.path(), transaction.error()));
    QSqlQuery query(m_database.connection());
    if (!execute(query, QStringLiteral("DELETE FROM intake_draft WHERE id = ? AND user_name = ?"),
                 {id, session.user.name}))
        return Status::failure(tr("The draft could not be removed from %1: %2")
                                   .arg(m_database.path(), failureText(query)));
    if (query.numRowsAffected() > 0) {
        AuditLog audit(m_database, m_clock, session.hall.centerCode,
                       QString::number(session.hall.window));
        if (const Status logged = audit.append(session.user.name, auditAction, id, detail); !logged)
            return logged;
    }
    if (!transaction.commit())
        return Status::failure(tr("The draft could not be removed from %1: %2")
                                   .arg(m_database.path(), transaction.error()));
    return Status::success();
}

Status IntakeDraftStore::recordRestored(const Session& session, const QString& id)
{
    return AuditLog(m_database, m_clock, session.hall.centerCode,
                    QString::number(session.hall.window))
        .append(session.user.name, QStringLiteral("intake_draft_restored"), id);
}

Status IntakeDraftStore::removeWithin(Database& database, const QString& id)
{
    QSqlQuery query(database.connection());
    if (!execute(query, QStringLiteral("DELETE FROM intake_draft WHERE id = ?"), {id}))
        return Status::failure(tr("The draft could not be removed from %1: %2")
                                   .arg(database.path(), failureText(query)));
    return Status::success();
}

} // namespace ow
