package cat.digicanvis.portal.application.recommendation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

/** The model in use, for administrators: when and why it was trained, what it says of itself. */
public record ModelStatusView(boolean learned, LocalDateTime trainedAt, String triggerBy, Map<String, String> facts,
                              String provenance, boolean training, String lastError, long interactions)
        implements Serializable {
}
