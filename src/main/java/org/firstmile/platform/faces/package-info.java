/** Faces plumbing shared by every page: the error-to-message mapping and application-wide facts. */
package org.firstmile.platform.faces;
