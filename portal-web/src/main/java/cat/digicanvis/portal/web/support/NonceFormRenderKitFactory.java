package cat.digicanvis.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's CSP nonce in a hidden field, written by the server. A postback must send it
 * back (PrimeFaces checks it against the view's), and PrimeFaces' script adds the field only on pages that
 * load the script, and only with JavaScript on: a plain form would otherwise fail. The form renderer of
 * every render kit is wrapped to write the field before the form closes.
 */
public class NonceFormRenderKitFactory extends RenderKitFactory {

    static final String FORM = "jakarta.faces.Form";
    static final String NONCE_PARAM = "primefaces.nonce";

    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

    public NonceFormRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(kit, NonceRenderKit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    static final class NonceRenderKit extends RenderKitWrapper {

        private final Map<Renderer, Renderer> forms = new ConcurrentHashMap<>();

        NonceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer r = getWrapped().getRenderer(family, rendererType);
            if (r == null || !FORM.equals(family) || !FORM.equals(rendererType)) {
                return r;
            }
            return forms.computeIfAbsent(r, NonceFormRenderer::new);
        }
    }

    static final class NonceFormRenderer extends RendererWrapper {

        NonceFormRenderer(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            ResponseWriter w = context.getResponseWriter();
            if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
                hidden(w, NONCE_PARAM, PrimeFacesContext.getCspState(context).getNonce());
            }
            // the page the form is on, with its parameters (a postback's address has none): where to come back
            // to if the session has ended when the form is sent (KeptForms)
            hidden(w, KeptForms.PAGE_PARAM, KeptForms.page(context));
            super.encodeEnd(context, component);
        }

        private static void hidden(ResponseWriter w, String name, String value) throws IOException {
            w.startElement("input", null);
            w.writeAttribute("type", "hidden", null);
            w.writeAttribute("name", name, null);
            w.writeAttribute("value", value, null);
            w.endElement("input");
        }
    }
}
