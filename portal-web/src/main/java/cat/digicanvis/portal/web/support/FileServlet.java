package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.sheet.FileContent;
import cat.digicanvis.portal.application.sheet.FileService;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.account.Sessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves uploaded documentation files ({@code /files/N}) with the type detected at upload; only PDFs and
 * images open in the browser, anything else is a download, and nothing may be sniffed as HTML. Files not
 * yet used by a published sheet are shown only to those who may see that sheet ({@link FileService#read}).
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FileService files;
    @Inject
    transient AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        Long id = path == null ? null : Pages.parseId(path.substring(1));
        if (id == null) {
            resp.sendError(404);
            return;
        }
        FileContent file;
        try {
            file = files.read(Sessions.actor(req, accounts), id);
        } catch (NotFoundException e) {
            resp.sendError(404);
            return;
        }
        String disposition = FileService.INLINE.contains(file.contentType()) ? "inline" : "attachment";
        resp.setContentType(file.contentType());
        resp.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        resp.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
        // a file of a published sheet is public; one still in review is nobody else's business
        resp.setHeader("Cache-Control", file.publicFile() ? "public, max-age=86400" : "private, no-store");
        String etag = "\"" + file.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Accept-Ranges", "bytes");
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        // a range only applies to the same content (If-Range names the version the client holds)
        String ifRange = req.getHeader("If-Range");
        ByteRange.Answer answer = ByteRange.of(ifRange == null || ifRange.equals(etag) ? req.getHeader("Range") : null,
                file.size());
        if (answer.kind() == ByteRange.Kind.UNSATISFIABLE) {
            resp.setHeader("Content-Range", "bytes */" + file.size());
            resp.sendError(416);
            return;
        }
        ByteRange range = answer.range();
        if (answer.kind() == ByteRange.Kind.PART) {
            resp.setStatus(206);
            resp.setHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + file.size());
        }
        resp.setContentLengthLong(range.length());
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        var out = resp.getOutputStream();
        for (long at = range.first(); at <= range.last(); ) {
            int length = (int) Math.min(SLICE, range.last() - at + 1);
            byte[] slice = file.slices().read(at, length);
            if (slice.length == 0) {
                break;
            }
            out.write(slice);
            at += slice.length;
        }
    }

    /** How much of a file is in memory at once while it is served. */
    static final int SLICE = 256 * 1024;
}
