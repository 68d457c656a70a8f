/** Interchange formats: {@link org.tmsh.tmx.TmxWriter} writes TMX 1.4 that CAT tools import. */
package org.tmsh.tmx;
