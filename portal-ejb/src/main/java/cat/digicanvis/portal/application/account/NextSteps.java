package cat.digicanvis.portal.application.account;

import java.io.Serializable;

/**
 * Where a newcomer stands on the way the portal is meant to be used: belong to one's council (or have asked to),
 * describe it in its profile, save a recommended sheet, write a first sheet. Shown after sign-in until all is done.
 */
public record NextSteps(boolean joined, boolean joinPending, boolean profiled, boolean saved, boolean wrote)
        implements Serializable {

    public boolean allDone() {
        return joined && profiled && saved && wrote;
    }
}
