package jp.mimamo.noren.documents;

/** Paper sizes in millimetres. */
public enum PageSize {
    A4_PORTRAIT(210, 297),
    A4_LANDSCAPE(297, 210),
    /** 官製はがき (Japan Post postcard), portrait. */
    POSTCARD(100, 148);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
