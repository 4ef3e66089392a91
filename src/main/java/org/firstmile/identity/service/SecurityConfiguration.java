package org.firstmile.identity.service;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.persistence.FirstMileDataSource;

/**
 * Sign-in: a Faces login page in front of Jakarta Security, checking passwords against the users table with
 * PBKDF2. A protected page asked for without a session shows the sign-in page in its place (a forward), so the page
 * knows where to return the person afterwards. A disabled user's password is never found, so a disabled user cannot sign in.
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.STAFF_NAME, Role.FUNDER_NAME, Role.PARTNER_NAME})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = FirstMileDataSource.JNDI_NAME,
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND enabled",
        groupsQuery = "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ITERATIONS_PARAMETER,
            PasswordHashing.ALGORITHM_PARAMETER,
            PasswordHashing.SALT_PARAMETER,
            PasswordHashing.KEY_PARAMETER
        })
public class SecurityConfiguration {
}
