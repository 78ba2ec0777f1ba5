package jp.mimamo.noren.documents;

/** Millimetres, as the API speaks, and PostScript points, as PDF does. */
final class Units {
    private static final float POINTS_PER_MM = 72f / 25.4f;

    private Units() {
    }

    static float toPoints(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    static float toMillimetres(float points) {
        return points / POINTS_PER_MM;
    }
}
