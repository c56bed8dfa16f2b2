#include "FileFingerprint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ow::test {

QByteArray fingerprint(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    else
        hash.addData("missing");
    const QFileInfo info(path);
    const QStringList siblings =
        QDir(info.absolutePath()).entryList({info.fileName() + QLatin1Char('*')}, QDir::Files);
    return hash.result().toHex() + ' ' + siblings.join(QLatin1Char(',')).toUtf8();
}

} // namespace ow::test
