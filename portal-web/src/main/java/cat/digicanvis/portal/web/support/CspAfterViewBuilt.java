package cat.digicanvis.portal.web.support;

import jakarta.faces.FactoryFinder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.lifecycle.LifecycleFactory;
import java.util.Iterator;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.csp.CspPhaseListener;

/**
 * Starts PrimeFaces' CSP mode once the view is built rather than before it. PrimeFaces does it in a phase
 * listener before the view exists, when it cannot know that a reading page is stateless, so it keeps the
 * nonce in the view's map and the server opens a session for every anonymous visitor: no page could then be
 * cached, and every visit would cost a session. Here the same initialisation runs on PreRenderViewEvent, when
 * the page's {@code transient} setting is known; PrimeFaces' own listener is removed at start.
 */
public class CspAfterViewBuilt implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (event instanceof PostConstructApplicationEvent) {
            LifecycleFactory factory = (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
            for (Iterator<String> ids = factory.getLifecycleIds(); ids.hasNext();) {
                Lifecycle lifecycle = factory.getLifecycle(ids.next());
                for (PhaseListener l : lifecycle.getPhaseListeners()) {
                    if (l instanceof CspPhaseListener) {
                        lifecycle.removePhaseListener(l);
                    }
                }
            }
            return;
        }
        PrimeConfiguration config = PrimeApplicationContext.getCurrentInstance(ctx).getConfig();
        CspPhaseListener.initCsp(ctx, config.isCsp(), false, config.getCspReportOnlyPolicy(), config.getCspPolicy());
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
