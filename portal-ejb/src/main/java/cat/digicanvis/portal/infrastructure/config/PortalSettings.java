package cat.digicanvis.portal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal's settings, read once from MicroProfile Config. */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "portal.writing.open", defaultValue = "false")
    boolean writingOpen;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "10485760")
    long uploadMaxBytes;

    @Inject
    @ConfigProperty(name = "portal.synthetic.sheets", defaultValue = "0")
    int syntheticSheets;

    @Inject
    @ConfigProperty(name = "portal.page-cache.enabled", defaultValue = "true")
    boolean pageCacheEnabled;

    /** Whether rendered reading pages are kept for visitors without a session (off to measure rendering). */
    public boolean pageCacheEnabled() {
        return pageCacheEnabled;
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }

    public boolean writingOpen() {
        return writingOpen;
    }

    /** How many synthetic sheets to generate for benchmarks (0 outside benchmarks). */
    public int syntheticSheets() {
        return syntheticSheets;
    }

    public long uploadMaxBytes() {
        return uploadMaxBytes;
    }
}
