package org.firstmile.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.audit.service.AuditTrail;
import org.firstmile.identity.model.AppUser;
import org.firstmile.identity.model.PasswordPolicy;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.persistence.FirstMileDataSource;
import org.firstmile.platform.persistence.StartupLock;

/**
 * A production installation starts with no users and no default password. The deployer names the first
 * administrator with {@code FIRSTMILE_ADMIN_USERNAME} and {@code FIRSTMILE_ADMIN_PASSWORD}; it is created once,
 * when no user of that name exists, also when several instances start at once with the same settings.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "firstmile.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "firstmile.admin.password")
    Optional<String> password;

    @PostConstruct
    void createFirstAdministrator() {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        try {
            PasswordPolicy.check(password.get());
        } catch (BusinessException weak) {
            LOG.severe("FIRSTMILE_ADMIN_PASSWORD was not accepted, so no administrator was created: "
                    + weak.getMessage());
            return;
        }
        if (StartupLock.alreadyDone(dataSource, "first administrator",
                "SELECT EXISTS (SELECT 1 FROM app_user WHERE username = ?)", username.get())) {
            return;
        }
        StartupLock.hold(em, "first administrator");
        long existing = em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :name", Long.class)
                .setParameter("name", username.get()).getSingleResult();
        if (existing == 0) {
            AppUser administrator = new AppUser(username.get(), "Administrator", null,
                    hashing.hash(password.get().toCharArray()), EnumSet.of(Role.ADMIN, Role.STAFF), null,
                    clock.instant());
            em.persist(administrator);
            audit.created(administrator);
            LOG.info(() -> "Created the first administrator, " + username.get());
        }
    }
}
