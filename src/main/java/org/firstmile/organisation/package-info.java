/**
 * Organisations (funders, grantees, partners) and the funds that funders run. Other features refer to them;
 * their administration pages arrive with the admin feature.
 */
package org.firstmile.organisation;
