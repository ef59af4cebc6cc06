package cat.digicanvis.portal.domain.shared;

/** What a person typed into a list's search box, as the lists use it: stripped, at most {@link #MAX} characters. */
public final class SearchText {

    public static final int MAX = 100;

    private SearchText() {
    }

    /** The text stripped and cut to {@link #MAX} characters; "" for none. */
    public static String of(String typed) {
        String t = typed == null ? "" : typed.strip();
        return t.length() > MAX ? t.substring(0, MAX) : t;
    }
}
