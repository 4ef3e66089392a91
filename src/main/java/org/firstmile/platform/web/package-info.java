/**
 * Servlet plumbing shared by features, such as sending a stored file as a download. It holds no access rule: the
 * feature's service decides who may read what before anything here is called.
 */
package org.firstmile.platform.web;
