/**
 * Head office's shared templates that every region uses: the sponsor categories here, the library of document
 * texts in {@code texts}.
 */
package jp.mimamo.noren.templates;
