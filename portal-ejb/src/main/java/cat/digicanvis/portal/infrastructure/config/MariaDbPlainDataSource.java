package cat.digicanvis.portal.infrastructure.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's DataSource seen as a plain {@link DataSource}. The driver's own class is also an XADataSource,
 * which makes the container build an XA pool whose connections refuse the local commits that Flyway and
 * the bulk loaders need; the portal has one database and no use for two-phase commit.
 */
public class MariaDbPlainDataSource implements DataSource {

    private final MariaDbDataSource delegate = new MariaDbDataSource();
    private String url;
    private String user;
    private String password;

    public void setUrl(String url) throws SQLException {
        this.url = url;
        delegate.setUrl(withConnectTimeout(url));
    }

    /**
     * A server that does not answer (gone from the network) is given up after 2 s, not the driver's 30: requests
     * that need the database fail fast while it is away. A timeout the URL sets itself is kept.
     */
    static String withConnectTimeout(String url) {
        if (url == null || url.contains("connectTimeout=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "connectTimeout=2000";
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) throws SQLException {
        this.user = user;
        delegate.setUser(user);
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) throws SQLException {
        this.password = password;
        delegate.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate.getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through its own logger
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
