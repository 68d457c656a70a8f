/** What every capability shares: the user-facing error type and language-code checks. */
package org.tmsh.common;
