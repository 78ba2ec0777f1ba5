/**
 * A region's support centres (地域包括支援センター): their contact details, printed on the front of every keychain
 * card, and which centre-staff user works at which centre. Kept by the region admin.
 */
package jp.mimamo.noren.centres;
