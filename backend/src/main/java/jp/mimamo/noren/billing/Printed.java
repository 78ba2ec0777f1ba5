package jp.mimamo.noren.billing;

import jp.mimamo.noren.shared.Downloads;

/** A document made as a PDF, with what its file is named after. */
record Printed(byte[] pdf, String kind, String number, String addressee) {

    /** receipt-R2026-0001.pdf for old clients, 領収書_R2026-0001_㈱髙﨑薬局.pdf for the rest. */
    String contentDisposition(String asciiKind) {
        String sponsor = addressee.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return Downloads.attachment(asciiKind + "-" + number + ".pdf", kind + "_" + number + "_" + sponsor + ".pdf");
    }
}
