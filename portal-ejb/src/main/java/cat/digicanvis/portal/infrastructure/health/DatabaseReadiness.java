package cat.digicanvis.portal.infrastructure.health;

import cat.digicanvis.portal.infrastructure.config.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers (MicroProfile Health, {@code /health/ready}): a load balancer sends requests
 * elsewhere while it does not; reading pages kept in memory still answer here meanwhile.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(1);
            return HealthCheckResponse.named("database").status(valid).build();
        } catch (SQLException | RuntimeException e) {
            // why stays in the log: this answer is public
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
