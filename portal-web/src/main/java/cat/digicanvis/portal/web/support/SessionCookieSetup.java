package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is Secure when the portal is reached over HTTPS only ({@code portal.https}): behind a
 * TLS-terminating proxy the container sees plain HTTP and would not know. The rest of the cookie (name,
 * HttpOnly, SameSite) is in web.xml.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (CDI.current().select(PortalSettings.class).get().https()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
