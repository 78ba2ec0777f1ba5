/** The sponsor roster (協賛事業所・企業) of a region: the sponsors, their contact people and their change history. */
package jp.mimamo.noren.sponsors;
