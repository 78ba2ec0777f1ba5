/**
 * The one place that renders PDFs (renewal letters, receipts, invoices, keychain cards, postcards): Apache PDFBox
 * with the BIZ UD Japanese fonts shipped on the classpath and embedded, as a subset, in every file. Positions are
 * millimetres from the top-left corner of the page; font sizes are points.
 */
package jp.mimamo.noren.documents;
