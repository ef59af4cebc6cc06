package cat.digicanvis.portal.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small "where it is" map of a body, drawn without JavaScript: a shipped drawing (Catalonia's comarques, or
 * the world's countries for a foreign body) with a dot placed by the drawing's own projection, which
 * tools/map-assets.mjs writes in its {@code data-projection} attribute.
 */
@Named
@ApplicationScoped
public class PlaceMaps {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
    private static final Pattern PROJECTION = Pattern.compile("data-projection=\"([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)\"");
    /** Of the world, the window shown around a foreign body (in the drawing's units). */
    private static final double WORLD_WINDOW = 160;

    /** What the page draws: the image, the part of it shown, and the dot. */
    public record PlaceMap(String image, double width, double height, String viewBox, double x, double y, double r) {
    }

    record Drawing(String path, double width, double height, double west, double north, double k, double cos) {

        double x(double lon) {
            return (lon - west) * k * cos;
        }

        double y(double lat) {
            return (north - lat) * k;
        }
    }

    private volatile Drawing catalonia;
    private volatile Drawing world;

    /** The map of a place: Catalonia's for a Km0 body, a window of the world's otherwise. */
    public PlaceMap of(boolean km0, double latitude, double longitude) {
        Drawing d = km0 ? catalonia() : world();
        double x = d.x(longitude);
        double y = d.y(latitude);
        if (km0) {
            return new PlaceMap(d.path(), d.width(), d.height(), "0 0 " + n(d.width()) + " " + n(d.height()), x, y, 6);
        }
        double w = Math.min(WORLD_WINDOW, d.width());
        double h = Math.min(WORLD_WINDOW * 0.6, d.height());
        double left = Math.max(0, Math.min(d.width() - w, x - w / 2));
        double top = Math.max(0, Math.min(d.height() - h, y - h / 2));
        return new PlaceMap(d.path(), d.width(), d.height(), n(left) + " " + n(top) + " " + n(w) + " " + n(h), x, y, 3);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private Drawing catalonia() {
        if (catalonia == null) {
            catalonia = read("/resources/map/catalonia.svg");
        }
        return catalonia;
    }

    private Drawing world() {
        if (world == null) {
            world = read("/resources/map/world.svg");
        }
        return world;
    }

    private static Drawing read(String path) {
        ServletContext ctx = (ServletContext) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getContext();
        try (InputStream in = ctx.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            // the attributes are in the first bytes, before the paths
            String head = new String(in.readNBytes(400), StandardCharsets.UTF_8);
            return parse(ctx.getContextPath() + path, head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Drawing parse(String href, String head) {
        Matcher box = VIEW_BOX.matcher(head);
        Matcher p = PROJECTION.matcher(head);
        if (!box.find() || !p.find()) {
            throw new IllegalStateException("no viewBox or projection in " + href);
        }
        return new Drawing(href, Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)),
                Double.parseDouble(p.group(1)), Double.parseDouble(p.group(2)), Double.parseDouble(p.group(3)),
                Double.parseDouble(p.group(4)));
    }
}
