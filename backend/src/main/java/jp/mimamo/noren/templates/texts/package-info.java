/**
 * The library of document texts (renewal request, reminder, and later receipts, consent forms, cards, postcards):
 * head office publishes immutable versions, a region may keep its own text based on one of them, and the features
 * that write documents read the text in force through the database function {@code effective_document_template}.
 * The kinds of text come from {@link jp.mimamo.noren.documents.TemplateKind} beans declared by those features.
 */
package jp.mimamo.noren.templates.texts;
