package cat.digicanvis.portal.application.sheet;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises videos of the common hosts and gives their privacy-friendly embed address. The page embeds
 * them only after the reader clicks, so no request reaches the host before that.
 */
public final class VideoEmbeds {

    private static final Pattern YOUTUBE_ID = Pattern.compile("^[A-Za-z0-9_-]{6,20}$");
    private static final Pattern VIMEO_ID = Pattern.compile("^[0-9]{4,12}$");

    private VideoEmbeds() {
    }

    /** The embed URL, or null when the URL is not a recognised video. */
    public static String embedUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String id = null;
            if (host.equals("youtu.be")) {
                id = path.length() > 1 ? path.substring(1) : null;
            } else if (host.equals("youtube.com") || host.endsWith(".youtube.com")) {
                if (path.equals("/watch") && uri.getQuery() != null) {
                    Matcher m = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getQuery());
                    id = m.find() ? m.group(1) : null;
                } else if (path.startsWith("/embed/") || path.startsWith("/shorts/")) {
                    id = path.substring(path.indexOf('/', 1) + 1);
                }
            } else if (host.equals("vimeo.com") || host.equals("www.vimeo.com")) {
                String v = path.length() > 1 ? path.substring(1) : "";
                return VIMEO_ID.matcher(v).matches() ? "https://player.vimeo.com/video/" + v + "?dnt=1" : null;
            }
            return id != null && YOUTUBE_ID.matcher(id).matches()
                    ? "https://www.youtube-nocookie.com/embed/" + id : null;
        } catch (Exception e) {
            return null;
        }
    }
}
