/**
 * The yearly birth-month update of the keychain registry (誕生月更新): each centre's monthly worklist, the update
 * postcards and letters, the record of every contact made for an update, and the progress by centre and month
 * (docs/adr/0014).
 */
package jp.mimamo.noren.updates;
