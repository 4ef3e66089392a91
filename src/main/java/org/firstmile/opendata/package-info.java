/**
 * Open data: the 360Giving export of awarded grants (JSON data package and CSV, streamed) and the public pages of
 * the proposals and grants published in the open. Nothing here shows a grant that is not marked public to anyone
 * who is not signed in as an administrator.
 */
package org.firstmile.opendata;
