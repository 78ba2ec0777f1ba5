/**
 * The keychain registry as a file (登録者名簿): export, and the import of a region's existing registry from CSV
 * (UTF-8, UTF-8 with BOM, CP932) or xlsx, previewed, applied in one background transaction and undone as a batch
 * (docs/adr/0015). Writes the registry's tables with its own SQL, validates with {@code RegistrantRules} and
 * keychain numbers with {@code RegistrationNumber}.
 */
package jp.mimamo.noren.registryfiles;
