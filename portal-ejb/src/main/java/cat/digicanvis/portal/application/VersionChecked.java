package cat.digicanvis.portal.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service whose writes are checked against their versions before it returns: when someone else stored the same
 * thing in the meantime (two people deciding on one request at the same instant, each having read it before the
 * other wrote), the caller gets a {@link cat.digicanvis.portal.domain.shared.ConcurrentEditException}, which pages
 * and the API report as a conflict, rather than a failed commit after the method (a server error). The
 * persistence layer implements it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface VersionChecked {
}
