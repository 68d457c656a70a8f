/** Interchange formats: {@link org.tmsh.formats.tmx.TmxWriter} writes TMX 1.4 that CAT tools import. */
package org.tmsh.formats.tmx;
