package org.firstmile.identity.service;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.persistence.FirstMileDataSource;

/**
 * Sign-in: passwords are checked against the users table with PBKDF2 ({@link RememberingPasswordHash}). People
 * sign in on a Faces page ({@link FormSignIn}); programs calling the API send HTTP Basic ({@link ApiSignIn});
 * {@link FirstMileAuthentication} is the one mechanism that chooses between them. A disabled user's password is never found, so a disabled user
 * cannot sign in either way.
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.STAFF_NAME, Role.FUNDER_NAME, Role.PARTNER_NAME})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = FirstMileDataSource.JNDI_NAME,
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND enabled",
        groupsQuery = "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = RememberingPasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ITERATIONS_PARAMETER,
            PasswordHashing.ALGORITHM_PARAMETER,
            PasswordHashing.SALT_PARAMETER,
            PasswordHashing.KEY_PARAMETER
        })
public class SecurityConfiguration {
}
