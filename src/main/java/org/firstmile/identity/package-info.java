/**
 * Users, roles and sign-in. Jakarta Security checks passwords against the database; services decide access with
 * the roles defined here.
 */
package org.firstmile.identity;
