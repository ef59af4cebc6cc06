package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;

/**
 * Writes a {@link VersionChecked} service's changes before it returns, inside its transaction, so that a version
 * that moved since it was read is refused as a conflict there, not at the commit after the method.
 */
@VersionChecked
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class VersionCheckInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "portal")
    transient EntityManager em;

    @AroundInvoke
    Object writeBeforeReturning(InvocationContext call) throws Exception {
        try {
            Object result = call.proceed();
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (OptimisticLockException e) {
            Object entity = e.getEntity();
            if (entity == null) {
                throw new ConcurrentEditException("entity", "?");
            }
            Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
            throw new ConcurrentEditException(entity.getClass().getSimpleName(), id);
        }
    }
}
