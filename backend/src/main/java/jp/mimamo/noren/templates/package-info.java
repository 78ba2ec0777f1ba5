/** Head office's shared templates that every region uses; for now the sponsor categories. */
package jp.mimamo.noren.templates;
