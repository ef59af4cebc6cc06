package cat.digicanvis.portal.infrastructure.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one datasource, MariaDB with the driver inside the application. Its URL, user and password
 * come from MicroProfile Config, so PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD (or the system
 * properties portal.db.*) point the same build at any server. The pool validates its connections, so that it
 * recovers by itself when the server comes back after an outage ({@code DatabaseOutageFilter} answers meanwhile).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "cat.digicanvis.portal.infrastructure.config.MariaDbPlainDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        initialPoolSize = 2,
        properties = {
            // a connection is checked before it is handed out (at most every 2 s); when one is found dead (the
            // server restarted) the whole pool is dropped and made anew, instead of handing out closed ones
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true",
            // while the server is away a new connection is refused at once (or given up after 2 s, connectTimeout):
            // no retries; a burst that takes every connection (fifty sign-ins hashing passwords) waits its turn
            "fish.payara.connection-creation-retry-attempts=0",
            "fish.payara.max-wait-time-in-millis=15000"
        })
@Singleton
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
