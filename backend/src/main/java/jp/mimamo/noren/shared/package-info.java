/** Small pieces every feature uses: problem responses, localised messages, paging and Japanese text rules. */
package jp.mimamo.noren.shared;
