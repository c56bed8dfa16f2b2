#pragma once

#include <QString>

class QWidget;

namespace ow {
struct PrintableDocument;
}

namespace ow {

// Where a document goes: the printer (with its dialog), a print preview, or a PDF file the
// clerk chooses. Behind an interface because tests cannot drive a real printer or its modal
// dialogs; QtDocumentPrinter is what the program uses.
class DocumentPrinter
{
public:
    virtual ~DocumentPrinter() = default;
    virtual void print(const QString& html, const QString& title, QWidget* parent) = 0;
    virtual void preview(const QString& html, const QString& title, QWidget* parent) = 0;
    virtual void savePdf(const QString& html, const QString& title, QWidget* parent) = 0;
    // A counter document (receipt, notice) with its images and paper: preview, then print.
    virtual void previewDocument(const PrintableDocument& document, QWidget* parent) = 0;
};

// The real thing: QPrintDialog, QPrintPreviewDialog, and a file dialog + PdfWriter.
class QtDocumentPrinter : public DocumentPrinter
{
public:
    void print(const QString& html, const QString& title, QWidget* parent) override;
    void preview(const QString& html, const QString& title, QWidget* parent) override;
    void savePdf(const QString& html, const QString& title, QWidget* parent) override;
    void previewDocument(const PrintableDocument& document, QWidget* parent) override;
};

} // namespace ow
