/**
 * Cross-cutting plumbing only: persistence (datasource, migrations, statement counting), the clock, Faces error
 * handling, health, security definitions and demo data. No business rules live here.
 */
package org.firstmile.platform;
