/**
 * The one place that renders PDFs (renewal letters, receipts, invoices, keychain cards, postcards): Apache PDFBox
 * with the BIZ UD Japanese fonts shipped on the classpath and embedded, as a subset, in every file. Positions are
 * millimetres from the top-left corner of the page; font sizes are points. Texts that head office keeps as templates
 * are checked and filled in by {@link jp.mimamo.noren.documents.TextTemplate}; each feature declares the kinds of text
 * it fills as {@link jp.mimamo.noren.documents.TemplateKind} beans.
 */
package jp.mimamo.noren.documents;
