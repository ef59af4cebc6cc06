package cat.digicanvis.portal.web.support;

/** HTML written by hand (a region served from a cached page, a long option list): text escaped for it. */
public final class Html {

    private Html() {
    }

    /** The text as element content or a quoted attribute's value. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
