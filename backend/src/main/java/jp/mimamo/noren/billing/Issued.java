package jp.mimamo.noren.billing;

/** A document and whether this request issued it (201) or found it issued before (200). */
record Issued<T>(T view, boolean created) {
}
