package cat.digicanvis.portal.infrastructure.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one datasource, MariaDB with the driver inside the application. Its URL, user and password
 * come from MicroProfile Config, so PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD (or the system
 * properties portal.db.*) point the same build at any server.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "cat.digicanvis.portal.infrastructure.config.MariaDbPlainDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        initialPoolSize = 2)
@Singleton
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
