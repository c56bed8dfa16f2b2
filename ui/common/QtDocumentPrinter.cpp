#include "common/DocumentPrinter.h"

#include "DocumentFont.h"
#include "PdfWriter.h"
#include "PrintableDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace ow {

namespace {

void render(const QString& html, QPrinter* printer)
{
    QTextDocument document;
    document.setDefaultFont(documentFont());
    document.setHtml(html);
    document.print(printer);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ow::QtDocumentPrinter", text);
}

} // namespace

void QtDocumentPrinter::print(const QString& html, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() == QDialog::Accepted)
        render(html, &printer);
}

void QtDocumentPrinter::preview(const QString& html, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&html](QPrinter* target) { render(html, target); });
    dialog.exec();
}

void QtDocumentPrinter::savePdf(const QString& html, const QString& title, QWidget* parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(title + QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = PdfWriter::write(html, path, title); !written)
        QMessageBox::warning(parent, tr("Save as PDF"), written.error());
}

void QtDocumentPrinter::previewDocument(const PrintableDocument& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { PdfWriter::print(document, target); });
    dialog.exec();
}

} // namespace ow
