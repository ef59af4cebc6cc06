package cat.digicanvis.portal.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Forms just before a page is rendered: a page shown afresh gets back a form kept when its session ended
 * ({@link KeptForms}); a form rendered again after it was sent has its refused fields marked
 * ({@link InvalidFields}).
 */
public final class FormsBeforeRender implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        if (!(event instanceof PreRenderViewEvent)) {
            return;
        }
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (ctx.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        if (ctx.isPostback()) {
            InvalidFields.markAll(ctx);
        } else {
            KeptForms.restore(ctx);
        }
    }
}
