package cat.digicanvis.portal.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A server that does not answer is given up after 2 s, unless the URL says otherwise. */
class MariaDbPlainDataSourceTest {

    @Test
    void theConnectTimeoutIsAddedUnlessGiven() {
        assertEquals("jdbc:mariadb://db:3306/portal?connectTimeout=2000",
                MariaDbPlainDataSource.withConnectTimeout("jdbc:mariadb://db:3306/portal"));
        assertEquals("jdbc:mariadb://db:3306/portal?useSsl=true&connectTimeout=2000",
                MariaDbPlainDataSource.withConnectTimeout("jdbc:mariadb://db:3306/portal?useSsl=true"));
        assertEquals("jdbc:mariadb://db/portal?connectTimeout=500",
                MariaDbPlainDataSource.withConnectTimeout("jdbc:mariadb://db/portal?connectTimeout=500"));
    }
}
