package cat.digicanvis.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The reader's language for this request, used by every page's {@code f:view}. */
@Named
@RequestScoped
public class LocaleView {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.resolve((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
