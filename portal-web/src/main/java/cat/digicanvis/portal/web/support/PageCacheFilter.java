package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves reading pages from {@link PageCache} to visitors without a session, and the pages that differ only in
 * their {@link PersonalRegions} to signed-in people too, with their own regions. Only successful GETs of the
 * public reading pages are kept, keyed by the parameters the page reads and the language ({@link PageKeys});
 * anything that sets a cookie, fails or belongs to another session is passed through untouched. Mapped after the
 * security headers in web.xml.
 */
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> CACHEABLE = Set.of("/", "/index.xhtml", "/project/list.xhtml", "/project/view.xhtml",
            "/body/view.xhtml", "/about.xhtml", "/forum/index.xhtml", "/forum/category.xhtml", "/forum/topic.xhtml",
            "/project/map.xhtml", "/stats.xhtml");

    /**
     * Pages the same for everybody but their {@link PersonalRegions}: served from the cache to signed-in people
     * too, with their own regions put in (a sheet's marks and contact details, a forum list's new posts, a topic's
     * actions on posts).
     */
    static final Set<String> SHARED = Set.of("/project/list.xhtml", "/project/map.xhtml", "/body/view.xhtml",
            "/about.xhtml", "/stats.xhtml", "/project/view.xhtml", "/forum/index.xhtml", "/forum/category.xhtml",
            "/forum/topic.xhtml");

    @Inject
    transient PageCache cache;
    @Inject
    transient PersonalRegions regions;
    @Inject
    transient SheetViews views;
    @Inject
    transient cat.digicanvis.portal.application.account.AccountService accounts;
    @Inject
    transient PortalSettings settings;
    @Inject
    transient cat.digicanvis.portal.application.recommendation.RecommendationService recommendations;
    @Inject
    transient PortalMetrics metrics;

    /** A body's recommendations: the same page for all its members, but for their header and their token. */
    static final String RECOMMENDATIONS = "/account/recommendations.xhtml";
    /** Where the reader's form token goes in a kept recommendations page (never a real token's shape). */
    static final byte[] TOKEN_SLOT = "~dc-token~".getBytes(StandardCharsets.US_ASCII);
    /** Kept recommendations pages are renewed at least this often, as the recommendations they show. */
    static final long RECOMMENDATIONS_WINDOW_MS = 10 * 60 * 1000L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (settings.pageCacheEnabled() && "GET".equals(req.getMethod()) && RECOMMENDATIONS.equals(path)
                && req.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            recommendations(req, resp, chain, path);
            return;
        }
        if (!settings.pageCacheEnabled() || !"GET".equals(req.getMethod()) || !CACHEABLE.contains(path)
                || req.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            chain.doFilter(req, resp);
            return;
        }
        Actor reader = Actor.ANONYMOUS;
        if (req.getSession(false) != null) {
            // a page that shows a message kept for this session is this person's alone
            reader = SHARED.contains(path) && !KeptMessages.pending(req.getSession(false)) ? Sessions.actor(req, accounts)
                    : null;
            if (reader == null || !reader.isSignedIn()) {
                chain.doFilter(req, resp);
                return;
            }
        }
        // the language comes from the cookie or Accept-Language: shared caches must keep them apart
        resp.setHeader("Vary", "Accept-Language, Cookie");
        Locale locale = Languages.resolve(req);
        String key = PageKeys.key(locale.getLanguage(), path, req.getParameterMap()).orElse(null);
        if (key == null) {
            chain.doFilter(req, resp);
            return;
        }
        PersonalRegions.Reader personal = reader.isSignedIn() ? new PersonalRegions.Reader(reader, locale,
                req.getContextPath(), cat.digicanvis.portal.web.account.SessionUser.of(req)
                        .map(cat.digicanvis.portal.web.account.SessionUser::csrfToken).orElse(null)) : null;
        PageCache.Page page = cache.get(key);
        if (page != null) {
            if (!replay(resp, page, body -> personal == null ? body : regions.personalise(body, personal))) {
                // a region differs elsewhere on the page for this person: render it for them
                chain.doFilter(req, resp);
            } else if (personal != null) {
                views.record(req, reader, path);
            }
            return;
        }
        if (personal != null && !regions.shares(path, req.getParameterMap(), personal)) {
            // the visitors' page would not become theirs: render it for them, and keep nothing
            chain.doFilter(req, resp);
            return;
        }
        long generation = cache.generation();
        Capture capture = new Capture(resp);
        if (personal != null) {
            // rendered once for everybody, as a visitor's page, kept, then made theirs with their own parts
            Sessions.actAs(req, Actor.ANONYMOUS);
        }
        try {
            chain.doFilter(req, capture);
        } finally {
            if (personal != null) {
                Sessions.actAs(req, reader);
            }
        }
        byte[] body = capture.body();
        boolean kept = capture.status == 200 && !capture.cookieSet;
        if (kept) {
            cache.put(key, new PageCache.Page(capture.getContentType(), body, nonce(capture.policy)), generation);
        }
        if (personal != null) {
            byte[] theirs = regions.personalise(body, personal);
            if (theirs == null && kept) {
                // the page changed between the check and the render (a race): ask again, it is rendered for them
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", req.getRequestURI() + (req.getQueryString() == null ? ""
                        : "?" + req.getQueryString()));
                resp.setContentLength(0);
                return;
            }
            body = theirs == null ? body : theirs;
            if (kept) {
                views.record(req, reader, path);
            }
        }
        sendRendered(resp, body);
    }

    /**
     * A body's recommendations page for one of its members: rendered for the first member who asks, kept with the
     * member's form token taken out, and served to every member with their own header and token, until the body's
     * data, the engine or the catalogue change (or ten minutes pass). Anything else (an administrator reading
     * another body's page, other parameters, a message waiting for the session) is rendered for the request.
     */
    private void recommendations(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String path)
            throws IOException, ServletException {
        jakarta.servlet.http.HttpSession session = req.getSession(false);
        Actor reader = session == null || KeptMessages.pending(session) ? null : Sessions.actor(req, accounts);
        String token = cat.digicanvis.portal.web.account.SessionUser.of(req)
                .map(cat.digicanvis.portal.web.account.SessionUser::csrfToken).orElse(null);
        String[] body = req.getParameterValues("body");
        String[] tab = req.getParameterValues("tab");
        boolean plain = req.getParameterMap().keySet().stream().allMatch(k -> k.equals("body") || k.equals("tab"))
                && body != null && body.length == 1 && body[0].matches("[0-9]{1,18}")
                && (tab == null || tab.length == 1 && (tab[0].equals("km0") || tab[0].equals("foreign")));
        if (reader == null || !reader.isSignedIn() || token == null || token.isEmpty() || !plain
                || !reader.mayActFor(Long.parseLong(body[0]))) {
            chain.doFilter(req, resp);
            return;
        }
        Locale locale = Languages.resolve(req);
        String key = locale.getLanguage() + " " + path + "?body=" + body[0] + "&tab="
                + (tab == null || tab[0].equals("km0") ? "km0" : "foreign") + "&engine=" + recommendations.stamp()
                + "&window=" + System.currentTimeMillis() / RECOMMENDATIONS_WINDOW_MS;
        resp.setHeader("Vary", "Accept-Language, Cookie");
        byte[] own = token.getBytes(StandardCharsets.US_ASCII);
        PageCache.Page page = cache.get(key);
        if (page == null) {
            long generation = cache.generation();
            Capture capture = new Capture(resp);
            chain.doFilter(req, capture);
            byte[] rendered = capture.body();
            if (capture.status == 200 && !capture.cookieSet) {
                cache.put(key, new PageCache.Page(capture.getContentType(), replace(rendered, own, TOKEN_SLOT),
                        nonce(capture.policy)), generation);
            }
            sendRendered(resp, rendered);
            return;
        }
        PersonalRegions.Reader theirs = new PersonalRegions.Reader(reader, locale, req.getContextPath(), token);
        if (!replay(resp, page, shared -> {
            byte[] shown = regions.personalise(shared, theirs);
            return shown == null ? null : replace(shown, TOKEN_SLOT, own);
        })) {
            chain.doFilter(req, resp);
        }
    }

    /**
     * Sends a kept page made the reader's by {@code own}; when {@code own} gives null the page cannot be theirs:
     * nothing is sent and false is returned. A nonce is used once: the replay gets a fresh one, in the page and in
     * its policy.
     */
    private boolean replay(HttpServletResponse resp, PageCache.Page page, java.util.function.UnaryOperator<byte[]> own)
            throws IOException {
        byte[] body = page.body();
        String nonce = null;
        if (page.nonce() != null) {
            nonce = freshNonce();
            body = renew(body, page.nonce(), nonce);
        }
        body = own.apply(body);
        if (body == null) {
            return false;
        }
        if (nonce != null) {
            resp.setHeader(SecurityHeadersFilter.CSP, SecurityHeadersFilter.policy(getServletContext())
                    .replaceAll(";$", "") + " 'nonce-" + nonce + "';");
        }
        metrics.cacheHit();
        resp.setContentType(page.contentType());
        resp.setHeader("X-Page-Cache", "hit");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
        return true;
    }

    /** Sends a page rendered for this request (a miss), unless the render already committed the answer's head. */
    private void sendRendered(HttpServletResponse resp, byte[] body) throws IOException {
        metrics.cacheMiss();
        if (!resp.isCommitted()) {
            resp.setHeader("X-Page-Cache", "miss");
            resp.setContentLength(body.length);
        }
        resp.getOutputStream().write(body);
    }

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    static String nonce(String policy) {
        if (policy == null) {
            return null;
        }
        Matcher m = NONCE.matcher(policy);
        return m.find() ? m.group(1) : null;
    }

    /** The same form as PrimeFaces' own nonces (Base64 of a random UUID), which it checks on a postback. */
    static String freshNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Puts the new nonce wherever the old one is, as it is and as a JavaScript string escapes it. Nonces are
     * ASCII, so this works on the page's UTF-8 bytes as they are (decoding and encoding a whole page on every
     * replay was the cache's main cost).
     */
    static byte[] renew(byte[] body, String old, String fresh) {
        byte[] page = replace(body, old.getBytes(StandardCharsets.US_ASCII), fresh.getBytes(StandardCharsets.US_ASCII));
        if (old.indexOf('/') >= 0 || fresh.indexOf('/') >= 0) {
            page = replace(page, old.replace("/", "\\/").getBytes(StandardCharsets.US_ASCII),
                    fresh.replace("/", "\\/").getBytes(StandardCharsets.US_ASCII));
        }
        return page;
    }

    static byte[] replace(byte[] body, byte[] from, byte[] to) {
        if (from.length == 0) {
            return body;
        }
        ByteArrayOutputStream out = null;
        int copied = 0;
        for (int i = Bytes.indexOf(body, from, 0); i >= 0; i = Bytes.indexOf(body, from, copied)) {
            if (out == null) {
                out = new ByteArrayOutputStream(body.length + 64);
            }
            out.write(body, copied, i - copied);
            out.write(to, 0, to.length);
            copied = i + from.length;
        }
        if (out == null) {
            return body;
        }
        out.write(body, copied, body.length - copied);
        return out.toByteArray();
    }

    /** Keeps the page in memory until it is complete, noting its status and whether it sets a cookie. */
    static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        int status = 200;
        boolean cookieSet;
        String policy;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = 302;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value);
            super.addHeader(name, value);
        }

        private void note(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            if (SecurityHeadersFilter.CSP.equalsIgnoreCase(name)) {
                policy = value;
            }
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set once the page is complete
        }

        @Override
        public void setContentLengthLong(long len) {
            // the real length is set once the page is complete
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer, java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

    }
}
